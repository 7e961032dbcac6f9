import type { components } from '../../api/generated/review-workflow-service';
import type { Role } from '../../auth/roles';
import type { Session } from '../../auth/session';
import type { BrandLevel } from '../../shared/vocabulary';

export type CaseDetail = components['schemas']['CaseDetailView'];
export type Transition = components['schemas']['TransitionView'];
export type Stage = NonNullable<CaseDetail['stage']>;

/** The stages in the order a case passes them, with the service's words (the filter needs them before any case is loaded). */
export const STAGES: Record<Stage, { label: string; color: string }> = {
  DISTRICT_REVIEW: { label: '区级初审', color: 'processing' },
  SUPPLEMENT_REQUESTED: { label: '待补充材料', color: 'warning' },
  PUBLICITY: { label: '公示', color: 'warning' },
  CITY_REVIEW: { label: '市级复审', color: 'geekblue' },
  APPROVAL: { label: '核准认定', color: 'purple' },
  CERTIFIED: { label: '已认定', color: 'success' },
  REJECTED: { label: '未通过', color: 'error' },
  WITHDRAWN: { label: '已撤回', color: 'default' },
};

// the city sees what the districts forwarded, including what it or the leading group office turned down (REJECTED);
// a case a district turned down before forwarding never reaches it
const CITY_STAGES: Stage[] = ['CITY_REVIEW', 'APPROVAL', 'CERTIFIED', 'REJECTED'];

/** The role of the office working on a case at each open stage (the one that decides or rejects there). */
const WORKING_ROLE: Partial<Record<Stage, Role>> = {
  DISTRICT_REVIEW: 'DISTRICT_REVIEWER',
  SUPPLEMENT_REQUESTED: 'DISTRICT_REVIEWER',
  PUBLICITY: 'DISTRICT_REVIEWER',
  CITY_REVIEW: 'CITY_REVIEWER',
  APPROVAL: 'LEADING_GROUP',
};

/** Whether the person works for the office the case is with now (so may take it, or reject it). */
export function worksOnCaseNow(roles: Role[], detail: Pick<CaseDetail, 'stage'>): boolean {
  const role = detail.stage && WORKING_ROLE[detail.stage];
  return role !== undefined && roles.includes(role);
}

/**
 * Whether to offer 不予通过 on its own: while the case waits for a supplement (an overdue one may end it), after the
 * district selected it and during its notice. Before the decision, and at the city's and the leading group's steps,
 * their own forms say no.
 */
export function canRejectSeparately(roles: Role[], detail: CaseDetail): boolean {
  if (!worksOnCaseNow(roles, detail)) return false;
  return detail.stage === 'SUPPLEMENT_REQUESTED' || detail.stage === 'PUBLICITY'
    || (detail.stage === 'DISTRICT_REVIEW' && detail.districtDecision !== undefined && detail.districtDecision !== null);
}

/** The history steps that ended a case with a reason the unit received. */
const REJECTING_ACTIONS: NonNullable<Transition['action']>[] = ['DISTRICT_REJECTED', 'CITY_REJECTED', 'NOT_CERTIFIED', 'REJECTED'];

/** The step that rejected the case, for its reason. */
export function rejectionStep(history: Transition[]): Transition | undefined {
  return history.findLast((step) => step.action != null && REJECTING_ACTIONS.includes(step.action));
}

/** The levels chosen that the pre-check did not find met: each needs the reviewer's written reason. */
export function levelsNeedingReason(precheck: CaseDetail['precheck'], chosen: BrandLevel[]): BrandLevel[] {
  const met = precheck?.levelsMet ?? [];
  return chosen.filter((level) => !met.includes(level));
}

/** Whether the pre-check flags lost dispute cases, which need the reviewer's written judgement (研判意见). */
export function needsJudgement(precheck: CaseDetail['precheck']): boolean {
  return (precheck?.result?.riskFlags ?? []).some((flag) => flag.code === 'LOST_DISPUTE_CASES');
}

/** The least a written reason must be: a sentence (the service's WrittenReason). */
export const REASON_MINIMUM = 10;

export type ClockStatus = NonNullable<NonNullable<CaseDetail['clock']>['status']>;

/** How a case stands against its deadline, as a tag. */
export const CLOCK_STATUS: Record<ClockStatus, { label: string; color: string }> = {
  ON_TRACK: { label: '正常', color: 'success' },
  DUE_SOON: { label: '即将到期', color: 'warning' },
  OVERDUE: { label: '已逾期', color: 'error' },
  NO_DEADLINE: { label: '无时限', color: 'default' },
  CALENDAR_UNKNOWN: { label: '节假日安排未导入', color: 'default' },
  CAMPAIGN_UNKNOWN: { label: '批次信息未同步', color: 'default' },
};

/** The city bureau and the leading group office work only on what the districts forwarded (as the service scopes them). */
export function worksAtCity(roles: Role[]): boolean {
  return roles.includes('CITY_REVIEWER') || roles.includes('LEADING_GROUP');
}

/** The stages whose cases the person's queue can hold, for the queue's filter. */
export function stagesVisibleTo(roles: Role[]): Stage[] {
  return worksAtCity(roles) ? CITY_STAGES : (Object.keys(STAGES) as Stage[]);
}

/**
 * Whose queue it is, as the people in the bureaus call themselves: 甘井子区人社局, 市人社局, 市就业工作领导小组办公室
 * (the district named from the list of districts).
 */
export function queueOwner(session: Pick<Session, 'roles' | 'district'>, districtName: (code?: string) => string): string {
  if (session.roles.includes('LEADING_GROUP')) return '市就业工作领导小组办公室';
  if (session.roles.includes('CITY_REVIEWER')) return '市人社局';
  return `${districtName(session.district)}人社局`;
}

export type CaseStep = 'DISTRICT_DECISION' | 'START_NOTICE' | 'CITY_REVIEW' | 'APPROVAL';

/** Whether the district bureau has published the case's notice (公示). */
export function noticeStarted(history: Transition[]): boolean {
  return history.some((step) => step.action === 'PUBLICITY_STARTED');
}

/**
 * The one step the person can take on the case now, or none. The district decision leaves the case in district
 * review; a selected case waits there until the district publishes its notice.
 */
export function stepFor(roles: Role[], detail: CaseDetail, history: Transition[]): CaseStep | undefined {
  switch (detail.stage) {
    case 'DISTRICT_REVIEW':
      if (!roles.includes('DISTRICT_REVIEWER')) return undefined;
      if (!detail.districtDecision) return 'DISTRICT_DECISION';
      return detail.districtDecision.districtLevelSelected && !noticeStarted(history) ? 'START_NOTICE' : undefined;
    case 'CITY_REVIEW':
      return roles.includes('CITY_REVIEWER') ? 'CITY_REVIEW' : undefined;
    case 'APPROVAL':
      return roles.includes('LEADING_GROUP') ? 'APPROVAL' : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether the person may ask the unit to supplement its application (要求补充材料): the district reviewer, while the
 * case is in district review and before the district decided. The district decision is the other step then.
 */
export function canRequestSupplement(roles: Role[], detail: CaseDetail): boolean {
  return detail.stage === 'DISTRICT_REVIEW' && roles.includes('DISTRICT_REVIEWER') && !detail.districtDecision;
}

/** The district can recommend the city level only for a unit it selects and that applied for the city level. */
export function canRecommendCity(selected: boolean | undefined, requestedLevels: CaseDetail['requestedLevels']): boolean {
  return selected === true && (requestedLevels ?? []).includes('CITY');
}

const HIGHEST_FIRST: BrandLevel[] = ['CITY', 'DISTRICT'];

/** The levels the leading group office may certify: those the district put before the public. */
export function certifiableLevels(decision: CaseDetail['districtDecision']): BrandLevel[] {
  if (!decision?.districtLevelSelected) return [];
  return decision.cityRecommended ? ['DISTRICT', 'CITY'] : ['DISTRICT'];
}

/**
 * The level to propose: the highest one that may be certified, was requested and was met in the pre-check; failing
 * that, the district level when it may be certified (the office decides, the proposal stays on the safe side).
 */
export function defaultLevel(detail: CaseDetail): BrandLevel | undefined {
  const certifiable = certifiableLevels(detail.districtDecision);
  const met = detail.precheck?.levelsMet ?? [];
  const requested = detail.requestedLevels ?? [];
  return HIGHEST_FIRST.find((level) => certifiable.includes(level) && requested.includes(level) && met.includes(level))
    ?? certifiable[0];
}
