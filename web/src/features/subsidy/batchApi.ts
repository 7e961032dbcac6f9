import { subsidyApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/subsidy-service';
import type { Page, PageRequest } from '../../api/paging';

type Schemas = components['schemas'];

/** How an approved batch's payments stand: 支付中, 已支付, 部分支付失败 or 支付失败 (none before approval), and how many are in each. */
type BatchPaymentFields = 'paidCount' | 'failedCount' | 'pendingCount';

/** subsidy-service's payment batches (maker–checker), as the screens rely on them. */
export type BatchStatus = NonNullable<Schemas['Summary']['status']>;
export type BatchSummary = Filled<Schemas['Summary'], 'id' | 'year' | 'purpose' | 'status' | 'statusLabel' | 'totalFen' | 'totalText'
  | 'lineCount' | 'preparedBy' | 'preparedAt' | BatchPaymentFields>;
/** A line; the payee's account number comes masked (3400 **** **** 2345). */
export type BatchLine = Filled<Schemas['Line'], 'entitlementId' | 'orgId' | 'unitName' | 'brandName' | 'level' | 'levelLabel' | 'amountFen'
  | 'amountText' | 'payeeAccountName' | 'payeeBankName' | 'payeeAccountNumber'>;
export type BatchStep = Filled<Schemas['Step'], 'action' | 'actionLabel' | 'actor' | 'role' | 'at'>;
export type BatchDetail = Filled<Schemas['Detail'], 'id' | 'year' | 'purpose' | 'status' | 'statusLabel' | 'totalFen' | 'totalText'
  | 'preparedBy' | 'preparedAt' | BatchPaymentFields, { lines: BatchLine[]; trail: BatchStep[] }>;
/** How a batch's payments stand, whichever view carries them. */
export type BatchPayments = Pick<BatchSummary, 'paymentLabel' | BatchPaymentFields>;
export type PrepareRequest = Schemas['PrepareRequest'];

export const batchKeys = { all: ['subsidies', 'batches'] as const, one: (id: string) => ['subsidies', 'batches', id] as const };

export const fetchBatches = (status: BatchStatus | undefined, page: PageRequest) =>
  unwrap(subsidyApi.GET('/api/subsidies/batches', { params: { query: { ...page, status } } })) as Promise<Page<BatchSummary>>;

export const fetchBatch = (id: string) =>
  unwrap(subsidyApi.GET('/api/subsidies/batches/{id}', { params: { path: { id } } })) as Promise<BatchDetail>;

export const prepareBatch = (body: PrepareRequest) =>
  unwrap(subsidyApi.POST('/api/subsidies/batches', { body })) as Promise<BatchDetail>;

export const approveBatch = (id: string) =>
  unwrap(subsidyApi.POST('/api/subsidies/batches/{id}/approval', { params: { path: { id } } })) as Promise<BatchDetail>;

export const returnBatch = (id: string, reason: string) =>
  unwrap(subsidyApi.POST('/api/subsidies/batches/{id}/return', { params: { path: { id } }, body: { reason } })) as Promise<BatchDetail>;

export const defaultPurpose = (year: number) => `${year}年度劳务品牌一次性奖补资金`;
