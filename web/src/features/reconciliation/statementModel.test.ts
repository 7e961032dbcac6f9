import { ProblemError } from '../../api/problem';
import { existingImportOf, importSummary, isCsv, lineErrorsOf } from './statementModel';
import { DEC_1 } from './samples';

describe('what finance reads of an import', () => {
  it('given a new import, then it says the day, the lines, and how many do not match', () => {
    expect(importSummary({ duplicate: false, statement: DEC_1 })).toBe('已导入 2026-12-01 的对账单：2 笔，已对平 1 笔，不符 2 项，请逐项核实。');
    expect(importSummary({ duplicate: false, statement: { ...DEC_1, matchedCount: 2, mismatchCount: 0 } }))
      .toBe('已导入 2026-12-01 的对账单：2 笔，已对平 2 笔，全部对平。');
  });

  it('given the same file again, then it says nothing was imported twice', () => {
    expect(importSummary({ duplicate: true, statement: DEC_1 }))
      .toBe('该文件已于此前导入（2026-12-01 的对账单，导入人 finance-clerk），本次未重复导入，对账结果不变。');
  });

  it('given a malformed statement, then its line errors and their count are read from the problem', () => {
    const refused = new ProblemError({
      code: 'STATEMENT_MALFORMED', detail: '对账单有 150 处格式错误，未导入任何数据，请按各行的提示核对后重新导入。',
      errors: [{ line: 3, message: '金额「5000」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。' }] as never, errorCount: 150,
    }, 422);

    expect(lineErrorsOf(refused)).toEqual({ errors: [{ line: 3, message: expect.stringContaining('金额「5000」') }], errorCount: 150 });
    expect(lineErrorsOf(new ProblemError({ code: 'STATEMENT_EMPTY' }, 422))).toBeUndefined();
  });

  it('given another file of a day already imported, then the import in the way is named', () => {
    expect(existingImportOf(new ProblemError({ code: 'STATEMENT_DATE_ALREADY_IMPORTED', importId: DEC_1.id }, 409))).toBe(DEC_1.id);
    expect(existingImportOf(new Error('network'))).toBeUndefined();
  });

  it('a statement is a CSV file, whatever the case of its extension', () => {
    expect(isCsv({ name: '对账单-20261201.CSV' })).toBe(true);
    expect(isCsv({ name: '对账单-20261201.xlsx' })).toBe(false);
  });
});
