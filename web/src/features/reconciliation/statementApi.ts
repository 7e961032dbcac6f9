import { currentAccessToken } from '../../api/client';
import type { Page, PageRequest } from '../../api/paging';
import { problemFrom } from '../../api/problem';
import { uploadRaw } from '../../shared/transfer';

/**
 * subsidy-service's reconciliation (对账): the imports of the bank's daily statement and their results. The types are
 * written here until the lead regenerates src/api/generated from the service's OpenAPI document; then the reads move onto
 * subsidyApi and these types onto Filled<…> of the generated schemas.
 */

export type MatchStatus =
  | 'AMOUNT_DIFFERS' | 'TRANSACTION_DIFFERS' | 'NOT_IN_PLATFORM' | 'MISSING_FROM_STATEMENT' | 'NOT_CONFIRMED_IN_PLATFORM' | 'MATCHED';
export type PlatformPaymentStatus = 'QUEUED' | 'ACCEPTED' | 'SUCCEEDED' | 'FAILED';
/** CURRENT 有效: the day's import that counts; SUPERSEDED 已被更正: a later file of the day replaced it (kept as history). */
export type StatementImportStatus = 'CURRENT' | 'SUPERSEDED';

/** An import in the list. */
export interface StatementSummary {
  id: string;
  /** yyyy-MM-dd, the statement's day (Beijing) */
  statementDate: string;
  fileName: string;
  importedBy: string;
  importedAt: string;
  lineCount: number;
  totalFen: number;
  totalText: string;
  matchedCount: number;
  mismatchCount: number;
  status: StatementImportStatus;
  statusLabel: string;
  /** the import of the same day that replaced this one; null while this one is current */
  supersededBy: string | null;
  supersededAt: string | null;
}

/**
 * A statement line with its result, or (no lineNumber, no bank figures) a payment the platform saw paid that the statement
 * lacks; the platform… fields are the platform's payment of the reference, null when there is none. Account numbers come masked.
 */
export interface StatementEntry {
  lineNumber: number | null;
  matchStatus: MatchStatus;
  matchStatusLabel: string;
  reference: string;
  transactionTime: string | null;
  transactionId: string | null;
  payeeAccountName: string | null;
  payeeAccountNumber: string | null;
  payeeBankName: string | null;
  amountFen: number | null;
  amountText: string | null;
  summary: string | null;
  entitlementId: string | null;
  unitName: string | null;
  brandName: string | null;
  platformAmountFen: number | null;
  platformAmountText: string | null;
  platformStatus: PlatformPaymentStatus | null;
  platformStatusLabel: string | null;
  platformTransactionId: string | null;
  platformCompletedAt: string | null;
  /** why it does not match; null when it does */
  note: string | null;
}

/** An import with its entries, the mismatches first (the service orders them). */
export interface StatementDetail extends StatementSummary {
  /** the day's current import: this one's own id unless it was superseded */
  currentImportId: string;
  entries: StatementEntry[];
}

/** The day's earlier import that an upload replaced. */
export interface ReplacedImport {
  id: string;
  fileName: string;
  importedBy: string;
  importedAt: string;
}

/**
 * The answer to an upload: duplicate when this very file had been imported before (nothing changed; that import may have
 * been superseded since); replaced when the upload replaced the day's earlier import.
 */
export interface StatementImportAnswer {
  duplicate: boolean;
  statement: StatementDetail;
  replaced: ReplacedImport | null;
}

/** One fault of a refused statement file (STATEMENT_MALFORMED), by its line (the header is line 1). */
export interface LineError {
  line: number;
  message: string;
}

export const statementKeys = {
  all: ['subsidies', 'statements'] as const,
  one: (id: string) => ['subsidies', 'statements', id] as const,
};

/** A read the generated client does not know yet, with the session's token; a refusal becomes a ProblemError. */
async function read<T>(path: string): Promise<T> {
  const token = currentAccessToken();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}`, Accept: 'application/json' } : { Accept: 'application/json' } });
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (!response.ok) throw problemFrom(body, response.status);
  return body as T;
}

export const fetchStatements = (page: PageRequest) => {
  const query = new URLSearchParams({ limit: String(page.limit), ...(page.cursor ? { cursor: page.cursor } : {}) });
  return read<Page<StatementSummary>>(`/api/subsidies/statements?${query.toString()}`);
};

export const fetchStatement = (id: string) => read<StatementDetail>(`/api/subsidies/statements/${encodeURIComponent(id)}`);

/**
 * Sends the file as the statement (the raw body, as every upload of the platform), with the day it is of when finance
 * chose one (required for a statement without lines).
 */
export function importStatement(file: File, statementDate: string | undefined, onProgress: (percent: number) => void, signal?: AbortSignal) {
  const query = new URLSearchParams({ name: file.name, ...(statementDate ? { statementDate } : {}) });
  return uploadRaw<StatementImportAnswer>({ url: `/api/subsidies/statements?${query.toString()}`, file, onProgress, signal });
}
