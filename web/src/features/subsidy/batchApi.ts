import { subsidyApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/subsidy-service';
import type { Page, PageRequest } from '../../api/paging';
import type { PaymentStatus } from './paymentApi';

type Schemas = components['schemas'];

/**
 * How an approved batch's payments stand: 支付中, 已支付, 部分支付失败 or 支付失败 (none before approval), and how many
 * are paid, failed, under way. Written by hand until the generated types are regenerated.
 */
export interface BatchPayments {
  paymentLabel?: string | null;
  paidCount: number;
  failedCount: number;
  pendingCount: number;
}

/** A line's payment once the batch is approved (written by hand, as above). */
export interface LinePayment {
  paymentId?: string | null;
  paymentStatus?: PaymentStatus | null;
  paymentStatusLabel?: string | null;
  /** the idempotency key it is sent with: <entitlement id>:<attempt> */
  paymentReference?: string | null;
  /** the payment system's transaction id (银行流水号) */
  bankTransactionId?: string | null;
  paidAt?: string | null;
  failureReason?: string | null;
}

/** subsidy-service's payment batches (maker–checker), as the screens rely on them. */
export type BatchStatus = NonNullable<Schemas['Summary']['status']>;
export type BatchSummary = Filled<Schemas['Summary'], 'id' | 'year' | 'purpose' | 'status' | 'statusLabel' | 'totalFen' | 'totalText'
  | 'lineCount' | 'preparedBy' | 'preparedAt'> & BatchPayments;
/** A line; the payee's account number comes masked (3400 **** **** 2345). */
export type BatchLine = Filled<Schemas['Line'], 'entitlementId' | 'orgId' | 'unitName' | 'brandName' | 'level' | 'levelLabel' | 'amountFen'
  | 'amountText' | 'payeeAccountName' | 'payeeBankName' | 'payeeAccountNumber'> & LinePayment;
export type BatchStep = Filled<Schemas['Step'], 'action' | 'actionLabel' | 'actor' | 'role' | 'at'>;
export type BatchDetail = Filled<Schemas['Detail'], 'id' | 'year' | 'purpose' | 'status' | 'statusLabel' | 'totalFen' | 'totalText'
  | 'preparedBy' | 'preparedAt', { lines: BatchLine[]; trail: BatchStep[] }> & BatchPayments;
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
