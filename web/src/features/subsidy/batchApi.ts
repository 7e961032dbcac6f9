import type { Page, PageRequest } from '../../api/paging';
import { callSubsidy, sending } from './subsidyFetch';

/** subsidy-service's payment batches (maker–checker). Written by hand until the lead regenerates src/api/generated. */
export type BatchStatus = 'PREPARED' | 'APPROVED' | 'RETURNED';

export interface BatchSummary {
  id: string;
  year: number;
  purpose: string;
  status: BatchStatus;
  statusLabel: string;
  totalFen: number;
  totalText: string;
  lineCount: number;
  preparedBy: string;
  preparedAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  returnReason?: string | null;
}

export interface BatchLine {
  entitlementId: string;
  orgId: string;
  unitName: string;
  brandName: string;
  level: 'DISTRICT' | 'CITY' | 'PROVINCIAL';
  levelLabel: string;
  amountFen: number;
  amountText: string;
  payeeAccountName: string;
  payeeBankName: string;
  /** masked: 3400 **** **** 2345 */
  payeeAccountNumber: string;
}

export interface BatchStep {
  action: BatchStatus;
  actionLabel: string;
  actor: string;
  role: 'FINANCE_CLERK' | 'FINANCE_APPROVER';
  at: string;
  reason?: string | null;
}

export type BatchDetail = Omit<BatchSummary, 'lineCount'> & { lines: BatchLine[]; trail: BatchStep[] };

export interface PrepareRequest {
  year: number;
  entitlementIds: string[];
  purpose?: string;
}

export const batchKeys = { all: ['subsidies', 'batches'] as const, one: (id: string) => ['subsidies', 'batches', id] as const };

export const fetchBatches = (status: BatchStatus | undefined, page: PageRequest) => {
  const query = new URLSearchParams({ limit: String(page.limit) });
  if (page.cursor) query.set('cursor', page.cursor);
  if (status) query.set('status', status);
  return callSubsidy<Page<BatchSummary>>(`/api/subsidies/batches?${query}`);
};

export const fetchBatch = (id: string) => callSubsidy<BatchDetail>(`/api/subsidies/batches/${id}`);

export const prepareBatch = (body: PrepareRequest) => callSubsidy<BatchDetail>('/api/subsidies/batches', sending('POST', body));

export const approveBatch = (id: string) => callSubsidy<BatchDetail>(`/api/subsidies/batches/${id}/approval`, sending('POST'));

export const returnBatch = (id: string, reason: string) =>
  callSubsidy<BatchDetail>(`/api/subsidies/batches/${id}/return`, sending('POST', { reason }));

export const defaultPurpose = (year: number) => `${year}年度劳务品牌一次性奖补资金`;
