import type { Call, InspectionRating, OutcomeRequest } from './supervisionApi';

/** The quarter a day falls in, as the API writes it (2026-Q4). */
export function quarterOf(day: Date): string {
  return `${day.getFullYear()}-Q${Math.floor(day.getMonth() / 3) + 1}`;
}

/** 2026-Q4 → 2026年第四季度. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? `${match[1]}年第${'一二三四'[Number(match[2]) - 1]}季度` : quarter;
}

export const RATING_OPTIONS: { value: InspectionRating; label: string }[] = [
  { value: 'QUALIFIED', label: '合格' },
  { value: 'BASICALLY_QUALIFIED', label: '基本合格' },
  { value: 'UNQUALIFIED', label: '不合格' },
];

/** What the reviewer picks for a call: one choice that stands for a consistent outcome. */
export type OutcomeChoice = 'UNREACHABLE' | 'CONFIRMED' | 'NOT_CONFIRMED' | 'CONFIRMED_COMPLAINT' | 'NOT_CONFIRMED_COMPLAINT';

export const OUTCOME_OPTIONS: { value: OutcomeChoice; label: string }[] = [
  { value: 'UNREACHABLE', label: '未接通' },
  { value: 'CONFIRMED', label: '已接通，确认就业' },
  { value: 'NOT_CONFIRMED', label: '已接通，未确认就业' },
  { value: 'CONFIRMED_COMPLAINT', label: '已接通，确认就业，有投诉' },
  { value: 'NOT_CONFIRMED_COMPLAINT', label: '已接通，未确认就业，有投诉' },
];

export function outcomeRequestOf(choice: OutcomeChoice): OutcomeRequest {
  if (choice === 'UNREACHABLE') return { reach: 'UNREACHABLE' };
  return {
    reach: 'REACHED',
    employment: choice.startsWith('CONFIRMED') ? 'CONFIRMED' : 'NOT_CONFIRMED',
    complaint: choice.endsWith('_COMPLAINT'),
  };
}

/** The choice a recorded call stands for; none while it is not called. */
export function choiceOf(call: Pick<Call, 'reach' | 'employment' | 'complaint'>): OutcomeChoice | undefined {
  if (call.reach === 'UNREACHABLE') return 'UNREACHABLE';
  if (call.reach !== 'REACHED' || !call.employment) return undefined;
  return `${call.employment}${call.complaint ? '_COMPLAINT' : ''}` as OutcomeChoice;
}

/** A rate as a percentage with one decimal; 「—」 when there is nothing to divide by. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}
