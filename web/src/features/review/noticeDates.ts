import dayjs, { type Dayjs } from 'dayjs';

/** How far ahead a district may schedule a notice (the service's laborbrand.publicity.max-days-ahead). */
export const MAX_DAYS_AHEAD = 30;

/**
 * Why a notice cannot start on the day, as far as the browser knows it (the service checks again on the official
 * calendar, holidays included): not before today, not more than {@link MAX_DAYS_AHEAD} days ahead.
 */
export function noticeStartProblem(startsOn: Dayjs, today: Dayjs = dayjs()): string | undefined {
  if (startsOn.isBefore(today, 'day')) {
    return `公示开始日期不能早于今天（${today.format('YYYY年M月D日')}）：公众须能看到完整的公示期`;
  }
  const latest = today.add(MAX_DAYS_AHEAD, 'day');
  if (startsOn.isAfter(latest, 'day')) {
    return `公示最多可提前 ${MAX_DAYS_AHEAD} 天安排，开始日期不能晚于${latest.format('YYYY年M月D日')}`;
  }
  return undefined;
}

/** A Saturday or Sunday: a day off unless the State Council made it a working day (调休), which the service knows. */
export function isWeekend(day: Dayjs): boolean {
  return day.day() === 0 || day.day() === 6;
}

/** Whether a notice ending on the day ends after the campaign's forwarding deadline (both ISO dates). */
export function endsAfterDeadline(endsOn?: string | null, forwardingDeadline?: string | null): boolean {
  return !!endsOn && !!forwardingDeadline && dayjs(endsOn).isAfter(dayjs(forwardingDeadline), 'day');
}
