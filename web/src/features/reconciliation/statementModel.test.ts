import { ProblemError } from '../../api/problem';
import { existingImportOf, importSummary, isCsv, lineErrorsOf } from './statementModel';
import { DEC_1, DEC_1_DURING_THE_DAY } from './samples';

describe('what finance reads of an import', () => {
  it('given a new import, then it says the day, the lines, and how many do not match', () => {
    expect(importSummary({ duplicate: false, statement: DEC_1, replaced: null })).toBe('已导入 2026-12-01 的对账单：2 笔，已对平 1 笔，不符 2 项，请逐项核实。');
    expect(importSummary({ duplicate: false, statement: { ...DEC_1, matchedCount: 2, mismatchCount: 0 }, replaced: null }))
      .toBe('已导入 2026-12-01 的对账单：2 笔，已对平 2 笔，全部对平。');
  });

  it('given a file of a day imported before, then it says it replaced that day\'s earlier import, kept as history', () => {
    const replaced = { id: DEC_1_DURING_THE_DAY.id, fileName: DEC_1_DURING_THE_DAY.fileName, importedBy: 'finance-approver', importedAt: '2026-12-01T07:00:00Z' };

    expect(importSummary({ duplicate: false, statement: DEC_1, replaced })).toMatch(
      /^已导入 2026-12-01 的对账单：2 笔，已对平 1 笔，不符 2 项，请逐项核实。已替换 2026-12-01 原导入的对账单（finance-approver 于 2026年12月1日 \d\d:\d\d 导入，保留为历史记录）。$/,
    );
  });

  it('given the same file again, then it says nothing was imported twice', () => {
    expect(importSummary({ duplicate: true, statement: DEC_1, replaced: null }))
      .toBe('该文件已于此前导入（2026-12-01 的对账单，导入人 finance-clerk），本次未重复导入，对账结果不变。');
  });

  it('given again the file of an import a correction replaced, then it says that import no longer counts and nothing changed', () => {
    expect(importSummary({ duplicate: true, statement: DEC_1_DURING_THE_DAY, replaced: null })).toBe(
      '该文件已于此前导入（2026-12-01 的对账单，导入人 finance-clerk），该次导入已被此后导入的对账单更正，不再作为该日期的对账结果；本次未重复导入，对账结果不变。',
    );
  });

  it('given a malformed statement, then its line errors and their count are read from the problem', () => {
    const refused = new ProblemError({
      code: 'STATEMENT_MALFORMED', detail: '对账单有 150 处格式错误，未导入任何数据，请按各行的提示核对后重新导入。',
      errors: [{ line: 3, message: '金额「5000」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。' }] as never, errorCount: 150,
    }, 422);

    expect(lineErrorsOf(refused)).toEqual({ errors: [{ line: 3, message: expect.stringContaining('金额「5000」') }], errorCount: 150 });
    expect(lineErrorsOf(new ProblemError({ code: 'STATEMENT_EMPTY' }, 422))).toBeUndefined();
  });

  it('given another file of the day saved at the same moment, then the import that was saved is named', () => {
    expect(existingImportOf(new ProblemError({ code: 'STATEMENT_DATE_ALREADY_IMPORTED', importId: DEC_1.id }, 409))).toBe(DEC_1.id);
    expect(existingImportOf(new Error('network'))).toBeUndefined();
  });

  it('a statement is a CSV file, whatever the case of its extension', () => {
    expect(isCsv({ name: '对账单-20261201.CSV' })).toBe(true);
    expect(isCsv({ name: '对账单-20261201.xlsx' })).toBe(false);
  });
});
