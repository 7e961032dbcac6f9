import type { StatementDetail, StatementEntry } from './statementApi';

/** The statement of 1 December 2026 as the service answers it: one payment matched, one paid short, one the statement lacks. */
const ENTRY: StatementEntry = {
  lineNumber: 2, matchStatus: 'MATCHED', matchStatusLabel: '已对平', reference: '9d403f61-8e50-4b12-8d43-5e6f708192a3:1', transactionTime: '14:30:05',
  transactionId: 'DLBK20261201000123', payeeAccountName: '大连金港人力资源服务有限公司', payeeAccountNumber: '3400 **** **** 2345',
  payeeBankName: '中国工商银行大连星海支行', amountFen: 5_000_000, amountText: '¥50,000.00', summary: '2026年度劳务品牌一次性奖补资金',
  entitlementId: '9d403f61-8e50-4b12-8d43-5e6f708192a3', unitName: '大连金港人力资源服务有限公司', brandName: '大连金港家政服务师劳务品牌',
  platformAmountFen: 5_000_000, platformAmountText: '¥50,000.00', platformStatus: 'SUCCEEDED', platformStatusLabel: '已到账',
  platformTransactionId: 'DLBK20261201000123', platformCompletedAt: '2026-12-01T06:30:06Z', note: null,
};

export const DEC_1: StatementDetail = {
  id: '3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b', statementDate: '2026-12-01', fileName: '对账单-20261201.csv', importedBy: 'finance-clerk',
  importedAt: '2026-12-02T02:00:00Z', lineCount: 2, totalFen: 5_500_000, totalText: '¥55,000.00', matchedCount: 1, mismatchCount: 2,
  status: 'CURRENT', statusLabel: '有效', supersededBy: null, supersededAt: null, currentImportId: '3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  entries: [
    {
      ...ENTRY, lineNumber: 3, matchStatus: 'AMOUNT_DIFFERS', matchStatusLabel: '金额不符', reference: '0c6a2f7e-1b2d-4e3f-8a9b-0c1d2e3f4a5b:1',
      transactionId: 'DLBK20261201000101', payeeAccountName: '大连旅顺口区蓝湾职业技能培训学校', unitName: '大连旅顺口区蓝湾职业技能培训学校',
      amountFen: 500_000, amountText: '¥5,000.00', note: '对账单金额 ¥5,000.00，平台支付金额 ¥50,000.00。',
    },
    {
      ...ENTRY, lineNumber: null, matchStatus: 'MISSING_FROM_STATEMENT', matchStatusLabel: '平台已到账、对账单无', reference: '5b1f0c1e-2d3a-4f5b-9c6d-7e8f90a1b2c3:1',
      transactionTime: null, transactionId: null, payeeAccountName: null, payeeAccountNumber: null, payeeBankName: null, amountFen: null, amountText: null,
      summary: null, unitName: '大连海湾职业培训学校', platformAmountText: '¥100,000.00', platformTransactionId: 'DLBK20261201000124',
      note: '平台于 2026-12-01 15:02:41 确认该笔支付已到账，对账单中没有这笔交易，请与银行核实。',
    },
    ENTRY,
  ],
};

/** The same day's statement as finance imported it during the day, before the day had closed: replaced by DEC_1 since. */
export const DEC_1_DURING_THE_DAY: StatementDetail = {
  ...DEC_1, id: '8a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', fileName: '对账单-20261201-日间.csv', importedAt: '2026-12-01T07:00:00Z',
  lineCount: 1, totalFen: 500_000, totalText: '¥5,000.00', matchedCount: 0, mismatchCount: 2, status: 'SUPERSEDED', statusLabel: '已被更正',
  supersededBy: DEC_1.id, supersededAt: DEC_1.importedAt, currentImportId: DEC_1.id, entries: DEC_1.entries.slice(0, 2),
};
