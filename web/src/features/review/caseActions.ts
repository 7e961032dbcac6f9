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

// the service shows the city neither the cases a district turned down nor those it turned down itself (REJECTED)
const CITY_STAGES: Stage[] = ['CITY_REVIEW', 'APPROVAL', 'CERTIFIED'];

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
