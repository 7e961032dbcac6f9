import { ProblemError } from '../../api/problem';
import { formatDateTime } from '../../shared/format';
import type { LineError, MatchStatus, StatementImportAnswer, StatementImportStatus } from './statementApi';

/** How each result shows: a mismatch in the theme's error or warning colour by how much it needs finance, a match in its success colour (the theme's status colours keep the contrast the accessibility check asks). */
export const MATCH_STATUSES: Record<MatchStatus, { label: string; color: string }> = {
  AMOUNT_DIFFERS: { label: '金额不符', color: 'error' },
  TRANSACTION_DIFFERS: { label: '流水号不符', color: 'error' },
  NOT_IN_PLATFORM: { label: '银行有、平台无', color: 'error' },
  MISSING_FROM_STATEMENT: { label: '平台已到账、对账单无', color: 'warning' },
  NOT_CONFIRMED_IN_PLATFORM: { label: '平台未确认到账', color: 'warning' },
  MATCHED: { label: '已对平', color: 'success' },
};

/** Whether an import counts for its day: the current one in the success colour, a superseded one grey like the rest of its row. */
export const IMPORT_STATUSES: Record<StatementImportStatus, { label: string; color: string }> = {
  CURRENT: { label: '有效', color: 'success' },
  SUPERSEDED: { label: '已被更正', color: 'default' },
};

/** What the file chooser offers; the payment system exports CSV only. */
export const STATEMENT_ACCEPT = '.csv,text/csv';

/** Whether a file is a CSV by its name (a dragged file skips the chooser's filter). */
export function isCsv(file: { name: string }): boolean {
  return /\.csv$/i.test(file.name);
}

/** The faults of a refused file, when the service refused it as malformed: the first of them and how many there were. */
export function lineErrorsOf(error: unknown): { errors: LineError[]; errorCount: number } | undefined {
  if (!(error instanceof ProblemError) || error.code !== 'STATEMENT_MALFORMED') return undefined;
  const errors = Array.isArray(error.problem.errors) ? (error.problem.errors as unknown as LineError[]) : [];
  const errorCount = typeof error.problem.errorCount === 'number' ? error.problem.errorCount : errors.length;
  return { errors, errorCount };
}

/** The import of the same day that another person saved at the same moment as this one (STATEMENT_DATE_ALREADY_IMPORTED). */
export function existingImportOf(error: unknown): string | undefined {
  return error instanceof ProblemError && error.code === 'STATEMENT_DATE_ALREADY_IMPORTED' && typeof error.problem.importId === 'string'
    ? error.problem.importId
    : undefined;
}

/**
 * 已导入 2026-12-01 的对账单：4 笔，已对平 1 笔，不符 4 项。 and, when it replaced the day's earlier import, 已替换 …; or the
 * same file again, which changes nothing even when a later file of its day has replaced it.
 */
export function importSummary({ duplicate, statement, replaced }: StatementImportAnswer): string {
  if (duplicate) {
    const superseded = statement.status === 'SUPERSEDED' ? '该次导入已被此后导入的对账单更正，不再作为该日期的对账结果；' : '';
    return `该文件已于此前导入（${statement.statementDate} 的对账单，导入人 ${statement.importedBy}），${superseded}本次未重复导入，对账结果不变。`;
  }
  const mismatches = statement.mismatchCount > 0 ? `不符 ${statement.mismatchCount} 项，请逐项核实` : '全部对平';
  const imported = `已导入 ${statement.statementDate} 的对账单：${statement.lineCount} 笔，已对平 ${statement.matchedCount} 笔，${mismatches}。`;
  return replaced
    ? `${imported}已替换 ${statement.statementDate} 原导入的对账单（${replaced.importedBy} 于 ${formatDateTime(replaced.importedAt)} 导入，保留为历史记录）。`
    : imported;
}
