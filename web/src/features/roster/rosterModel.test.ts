import {
  cleanEmployers, excludedOf, exclusionText, formatPeople, importSummary, nextAfter, rosterChecks, rosterEditable, unsupportedCount,
  yearsInOrder, type MaskedWorker, type RosterYear,
} from './rosterModel';

const YEAR_2022: RosterYear = {
  year: 2022, listed: 10, trainedCount: 7, passedCount: 6, employedCount: 5, speciallyTrainedEmployedCount: 4,
  excludedManagement: 2, excludedOutsideDalian: 1, excludedUnprovenOutput: 0,
};

describe('the roster counts as read', () => {
  it('writes people with grouping and a dash for nothing', () => {
    expect(formatPeople(1234)).toBe('1,234 人');
    expect(formatPeople(0)).toBe('0 人');
    expect(formatPeople(undefined)).toBe('—');
  });

  it('adds up who the counting rules leave out, and says by which rule', () => {
    expect(excludedOf(YEAR_2022)).toBe(3);
    expect(exclusionText(YEAR_2022)).toBe('经营管理人员 2 人、既未服务大连用工单位也非大连户籍 1 人');
    expect(exclusionText({ ...YEAR_2022, excludedManagement: 0, excludedOutsideDalian: 0 })).toBe('无');
  });

  it('orders the years oldest first', () => {
    expect(yearsInOrder({ years: [YEAR_2022, { ...YEAR_2022, year: 2021 }] }).map((year) => year.year)).toEqual([2021, 2022]);
    expect(yearsInOrder(null)).toEqual([]);
  });

  it('sums an import up in words', () => {
    expect(importSummary({ rowsTaken: 120, rowsRefused: 3 })).toBe('接收 120 行，拒收 3 行');
    expect(importSummary({ rowsTaken: 5, rowsRefused: 0 })).toBe('接收 5 行，无拒收行');
  });

  it('may be imported in a draft and while a supplement is asked only', () => {
    expect(rosterEditable('DRAFT')).toBe(true);
    expect(rosterEditable('SUPPLEMENT_REQUESTED')).toBe(true);
    expect(rosterEditable('SUBMITTED')).toBe(false);
    expect(rosterEditable(undefined)).toBe(false);
  });
});

describe('the employers list', () => {
  it('is trimmed, each name once, without blanks and without 本单位', () => {
    expect(cleanEmployers([' 大连港湾物流有限公司 ', '大连港湾物流有限公司', '', '本单位', '上海浦江建设集团'])).toEqual([
      '大连港湾物流有限公司', '上海浦江建设集团',
    ]);
  });
});

describe('keyset paging of the workers', () => {
  const page = (lines: number[]) => lines.map((line) => ({ line }) as MaskedWorker);

  it('goes on after the last line of a full page, and stops after a short one', () => {
    expect(nextAfter(page([2, 3, 5]), 3)).toBe(5);
    expect(nextAfter(page([2, 3]), 3)).toBeUndefined();
    expect(nextAfter(undefined, 3)).toBeUndefined();
  });
});

describe('the declared figures against the roster', () => {
  const trained = { criterion: 'TRAINED_COUNT', label: '培训人数', year: 2022, declared: '1280 人', counted: '7 人', supported: false };

  it('lists each counted figure once across the levels, by year, an unsupported one unsupported', () => {
    const checks = rosterChecks([
      { criteria: [trained, { criterion: 'EMPLOYED_COUNT', label: '就业人数', year: 2021, declared: '5 人', counted: '5 人', supported: true }] },
      { criteria: [{ ...trained, supported: null }, { criterion: 'CONTRACT_RATE', label: '劳动合同签订率', declared: '100%' }] },
    ]);
    expect(checks).toEqual([
      { key: 'EMPLOYED_COUNT-2021', year: 2021, label: '就业人数', declared: '5 人', counted: '5 人', supported: true },
      { key: 'TRAINED_COUNT-2022', year: 2022, label: '培训人数', declared: '1280 人', counted: '7 人', supported: false },
    ]);
    expect(unsupportedCount(checks)).toBe(1);
  });

  it('given an assessment of declared figures only, then the roster\'s head counts beside them without a verdict, and no rates', () => {
    const declaredOnly = [{ criteria: [
      { criterion: 'TRAINED_COUNT', label: '培训人数', year: 2022, declared: '1280 人' },
      { criterion: 'TRAINING_PASS_RATE', label: '培训合格率', year: 2022, declared: '88.2%' },
      { criterion: 'EMPLOYED_COUNT', label: '就业人数', year: 2023, declared: '9 人' },
    ] }];
    expect(rosterChecks(declaredOnly)).toEqual([]);
    expect(rosterChecks(declaredOnly, [YEAR_2022])).toEqual([
      { key: 'TRAINED_COUNT-2022', year: 2022, label: '培训人数', declared: '1280 人', counted: '7 人', supported: null },
    ]);
    expect(rosterChecks(undefined)).toEqual([]);
  });
});
