import type { components } from '../../api/generated/review-workflow-service';

export type ProgressView = components['schemas']['ProgressView'];
type Stage = NonNullable<ProgressView['stage']>;

/** The way of an application from submission to certificate, as the applicant follows it. */
export const PROGRESS_STEPS = ['提交申报', '区级初审', '公示', '市级复审', '核准认定', '已认定'] as const;

const STEP_OF_STAGE: Record<Exclude<Stage, 'REJECTED' | 'WITHDRAWN'>, number> = {
  DISTRICT_REVIEW: 1,
  // the district waits for the unit's supplement before it decides
  SUPPLEMENT_REQUESTED: 1,
  PUBLICITY: 2,
  CITY_REVIEW: 3,
  APPROVAL: 4,
  CERTIFIED: 5,
};

export interface ProgressPosition {
  current: number;
  status: 'wait' | 'process' | 'finish' | 'error';
}

/**
 * Which step the review is at: waiting at 区级初审 until the district opens the case (no progress yet) and while the
 * unit supplements, finished when certified, and for a rejection or a withdrawal the step it ended at, as an error.
 */
export function progressPosition(progress: ProgressView | null | undefined): ProgressPosition {
  const stage = progress?.stage;
  if (!stage) {
    return { current: 1, status: 'wait' };
  }
  if (stage === 'REJECTED' || stage === 'WITHDRAWN') {
    const endedAt = progress.history?.findLast((transition) => transition.to === stage)?.from;
    return { current: endedAt && endedAt !== 'REJECTED' && endedAt !== 'WITHDRAWN' ? STEP_OF_STAGE[endedAt] : 1, status: 'error' };
  }
  if (stage === 'SUPPLEMENT_REQUESTED') {
    return { current: 1, status: 'wait' };
  }
  return { current: STEP_OF_STAGE[stage], status: stage === 'CERTIFIED' ? 'finish' : 'process' };
}
