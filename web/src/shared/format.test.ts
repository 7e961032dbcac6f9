import { formatDate, formatDateTime, formatFen } from './format';
import { levelNames } from './vocabulary';

describe('what people read', () => {
  it('writes a date the Chinese way', () => {
    expect(formatDate('2022-11-22')).toBe('2022年11月22日');
    expect(formatDate('2022-12-02')).toBe('2022年12月2日');
    expect(formatDate(null)).toBe('—');
  });

  it('writes a moment with the hour and minute', () => {
    expect(formatDateTime('2022-11-22T09:30:00')).toBe('2022年11月22日 09:30');
  });

  it('writes money from fen in yuan with the sign, thousands and two decimals', () => {
    expect(formatFen(5_000_000)).toBe('¥50,000.00');
    expect(formatFen(10_000_000)).toBe('¥100,000.00');
    expect(formatFen(1)).toBe('¥0.01');
  });

  it('names the requested levels from district to city whatever order they came in', () => {
    expect(levelNames(['CITY', 'DISTRICT'])).toBe('区级、市级');
  });
});
