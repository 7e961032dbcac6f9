import { subsidyApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/subsidy-service';
import type { Page, PageRequest } from '../../api/paging';
import { uploadRaw } from '../../shared/transfer';

/** subsidy-service's reconciliation (对账): the imports of the bank's daily statement and their results, as the screens rely on them. */

type Schemas = components['schemas'];

export type MatchStatus = NonNullable<Schemas['StatementEntryView']['matchStatus']>;
export type PlatformPaymentStatus = NonNullable<Schemas['StatementEntryView']['platformStatus']>;
/** CURRENT 有效: the day's import that counts; SUPERSEDED 已被更正: a later file of the day replaced it (kept as history). */
export type StatementImportStatus = NonNullable<Schemas['StatementSummary']['status']>;

type ImportFields = 'id' | 'statementDate' | 'fileName' | 'importedBy' | 'importedAt' | 'lineCount' | 'totalFen' | 'totalText'
  | 'matchedCount' | 'mismatchCount' | 'status' | 'statusLabel';

/** An import in the list; supersededBy names the import of the same day that replaced it. */
export type StatementSummary = Filled<Schemas['StatementSummary'], ImportFields>;

/**
 * A statement line with its result, or (no lineNumber, no bank figures) a payment the platform saw paid that the statement
 * lacks; the platform… fields are the platform's payment of the reference, null when there is none. Account numbers come masked.
 */
export type StatementEntry = Filled<Schemas['StatementEntryView'], 'matchStatus' | 'matchStatusLabel' | 'reference'>;

/** An import with its entries, the mismatches first (the service orders them); currentImportId is the day's current import. */
export type StatementDetail = Filled<Schemas['StatementDetail'], ImportFields | 'currentImportId', { entries: StatementEntry[] }>;

/** The day's earlier import that an upload replaced. */
export type ReplacedImport = Filled<Schemas['ReplacedImport'], 'id' | 'fileName' | 'importedBy' | 'importedAt'>;

/**
 * The answer to an upload: duplicate when this very file had been imported before (nothing changed; that import may have
 * been superseded since); replaced when the upload replaced the day's earlier import.
 */
export type StatementImportAnswer = Filled<Schemas['StatementImportAnswer'], 'duplicate',
  { statement: StatementDetail; replaced?: ReplacedImport | null }>;

/** One fault of a refused statement file (STATEMENT_MALFORMED), by its line (the header is line 1). */
export interface LineError {
  line: number;
  message: string;
}

export const statementKeys = {
  all: ['subsidies', 'statements'] as const,
  one: (id: string) => ['subsidies', 'statements', id] as const,
};

export const fetchStatements = (page: PageRequest) =>
  unwrap(subsidyApi.GET('/api/subsidies/statements', { params: { query: page } })) as Promise<Page<StatementSummary>>;

export const fetchStatement = (id: string) =>
  unwrap(subsidyApi.GET('/api/subsidies/statements/{id}', { params: { path: { id } } })) as Promise<StatementDetail>;

/**
 * Sends the file as the statement (the raw body, as every upload of the platform), with the day it is of when finance
 * chose one (required for a statement without lines).
 */
export function importStatement(file: File, statementDate: string | undefined, onProgress: (percent: number) => void, signal?: AbortSignal) {
  const query = new URLSearchParams({ name: file.name, ...(statementDate ? { statementDate } : {}) });
  return uploadRaw<StatementImportAnswer>({ url: `/api/subsidies/statements?${query.toString()}`, file, onProgress, signal });
}
