import { choiceOf, formatRate, outcomeRequestOf, quarterLabel, quarterOf } from './supervisionModel';

describe('supervision model', () => {
  it('given a day, then its quarter is written as the API writes it', () => {
    expect(quarterOf(new Date(2026, 10, 16))).toBe('2026-Q4');
    expect(quarterOf(new Date(2026, 0, 1))).toBe('2026-Q1');
    expect(quarterLabel('2026-Q3')).toBe('2026年第三季度');
  });

  it('given each outcome choice, then the request is consistent and reads back as the same choice', () => {
    expect(outcomeRequestOf('UNREACHABLE')).toEqual({ reach: 'UNREACHABLE' });
    expect(outcomeRequestOf('NOT_CONFIRMED_COMPLAINT')).toEqual({ reach: 'REACHED', employment: 'NOT_CONFIRMED', complaint: true });
    for (const choice of ['UNREACHABLE', 'CONFIRMED', 'NOT_CONFIRMED', 'CONFIRMED_COMPLAINT', 'NOT_CONFIRMED_COMPLAINT'] as const) {
      const request = outcomeRequestOf(choice);
      expect(choiceOf({ reach: request.reach, employment: request.employment ?? null, complaint: request.complaint ?? null })).toBe(choice);
    }
    expect(choiceOf({ reach: null, employment: null, complaint: null })).toBeUndefined();
  });

  it('given no calls made, then a rate shows as a dash, not zero', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.6667)).toBe('66.7%');
  });
});
