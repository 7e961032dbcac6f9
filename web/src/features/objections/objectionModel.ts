import type { components } from '../../api/generated/review-workflow-service';

export type Objection = components['schemas']['ObjectionView'];
export type ObjectionSummary = components['schemas']['ObjectionSummary'];
export type ObjectionStatus = NonNullable<Objection['status']>;
export type ObjectionOutcome = NonNullable<Objection['outcome']>;
export type InvestigationRequest = components['schemas']['InvestigationRequest'];
export type ResolutionRequest = components['schemas']['ResolutionRequest'];

/** Where an objection is, as the district's list filters and tags it. */
export const OBJECTION_STATUSES: Record<ObjectionStatus, { label: string; color: string }> = {
  RECEIVED: { label: '已受理', color: 'processing' },
  INVESTIGATING: { label: '调查核实中', color: 'warning' },
  RESOLVED: { label: '已办结', color: 'success' },
};

/** What the district may decide, with what each does to the case. */
export const OUTCOMES: Record<ObjectionOutcome, { label: string; effect: string }> = {
  DISMISSED: { label: '异议不成立', effect: '评审继续；公示期满且无其他未办结异议的，报送市级复审。' },
  UPHELD_LEVEL_WITHDRAWN: { label: '异议成立，撤回市级推荐', effect: '撤回该品牌的市级推荐，按区级继续评审。' },
  UPHELD_REJECTED: { label: '异议成立，不予认定', effect: '该申报不予通过，撤出公示名单；单位将收到不予通过的理由。' },
};

export const CONTACT_KINDS: Record<NonNullable<Objection['contactKind']>, string> = { MOBILE: '手机号码', EMAIL: '电子邮箱' };

/** The shortest finding the service takes: a sentence (ten characters), as for every written reason. */
export const FINDING_MIN = 10;

/** Why the finding would be refused, or nothing. */
export function findingProblem(finding?: string | null): string | undefined {
  const length = [...(finding ?? '').trim()].length;
  if (length === 0) return '请填写调查核实结论';
  if (length < FINDING_MIN) return `请写明调查核实结论（至少 ${FINDING_MIN} 个字，一句完整的话）`;
  return undefined;
}

/** The outcomes the district may choose: withdrawing the city level only where the district recommended it. */
export function outcomesFor(cityRecommended: boolean): ObjectionOutcome[] {
  return (Object.keys(OUTCOMES) as ObjectionOutcome[]).filter((outcome) => cityRecommended || outcome !== 'UPHELD_LEVEL_WITHDRAWN');
}
