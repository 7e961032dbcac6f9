import dayjs from 'dayjs';
import { endsAfterDeadline, isWeekend, noticeStartProblem } from './noticeDates';

/** Monday 30 November 2026. */
const TODAY = dayjs('2026-11-30');

describe('the day a notice starts', () => {
  it('given today or a day within 30 days, then it is accepted', () => {
    expect(noticeStartProblem(TODAY, TODAY)).toBeUndefined();
    expect(noticeStartProblem(dayjs('2026-12-30'), TODAY)).toBeUndefined();
  });

  it('given a past day, then it is refused: the public must see the whole notice', () => {
    expect(noticeStartProblem(dayjs('2026-11-27'), TODAY)).toBe('公示开始日期不能早于今天（2026年11月30日）：公众须能看到完整的公示期');
  });

  it('given a day more than 30 days ahead, then it is refused naming the latest day', () => {
    expect(noticeStartProblem(dayjs('2026-12-31'), TODAY)).toBe('公示最多可提前 30 天安排，开始日期不能晚于2026年12月30日');
  });

  it('given a Saturday or Sunday, then it is flagged as a day off (the service knows the adjusted working days)', () => {
    expect(isWeekend(dayjs('2026-12-05'))).toBe(true);
    expect(isWeekend(dayjs('2026-12-06'))).toBe(true);
    expect(isWeekend(dayjs('2026-12-07'))).toBe(false);
  });

  it('given a period ending after the forwarding deadline, then it is late; on the deadline itself it is not', () => {
    expect(endsAfterDeadline('2022-12-05', '2022-12-02')).toBe(true);
    expect(endsAfterDeadline('2022-12-02', '2022-12-02')).toBe(false);
    expect(endsAfterDeadline(undefined, '2022-12-02')).toBe(false);
  });
});
