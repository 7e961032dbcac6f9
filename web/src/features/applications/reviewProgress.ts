import type { components } from '../../api/generated/review-workflow-service';

export type ProgressView = components['schemas']['ProgressView'];
type Stage = NonNullable<ProgressView['stage']>;

/** The way of an application from submission to certificate, as the applicant follows it. */
export const PROGRESS_STEPS = ['提交申报', '区级初审', '公示', '市级复审', '核准认定', '已认定'] as const;

const STEP_OF_STAGE: Record<Exclude<Stage, 'REJECTED'>, number> = {
  DISTRICT_REVIEW: 1,
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
 * Which step the review is at: waiting at 区级初审 until the district opens the case (no progress yet), finished when
 * certified, and for a rejection the step it was rejected at, as an error.
 */
export function progressPosition(progress: ProgressView | null | undefined): ProgressPosition {
  const stage = progress?.stage;
  if (!stage) {
    return { current: 1, status: 'wait' };
  }
  if (stage === 'REJECTED') {
    const rejectedAt = progress.history?.findLast((transition) => transition.to === 'REJECTED')?.from;
    return { current: rejectedAt && rejectedAt !== 'REJECTED' ? STEP_OF_STAGE[rejectedAt] : 1, status: 'error' };
  }
  return { current: STEP_OF_STAGE[stage], status: stage === 'CERTIFIED' ? 'finish' : 'process' };
}
