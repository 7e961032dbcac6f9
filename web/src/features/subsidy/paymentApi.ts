import { subsidyApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/subsidy-service';
import type { Page, PageRequest } from '../../api/paging';

/** subsidy-service's payments through the treasury's payment system, as the screens rely on them. */

/** 待发送, 已提交, 已到账, 支付失败 */
export type PaymentStatus = NonNullable<components['schemas']['PaymentView']['status']>;

/** A payment as finance sees it; the payee's account number comes masked, the reference is <entitlement id>:<attempt>. */
export type Payment = Filled<components['schemas']['PaymentView'], 'id' | 'reference' | 'attempt' | 'entitlementId' | 'batchId' | 'year'
  | 'orgId' | 'unitName' | 'brandName' | 'level' | 'levelLabel' | 'amountFen' | 'amountText' | 'payeeAccountName' | 'payeeBankName'
  | 'payeeAccountNumber' | 'status' | 'statusLabel' | 'sendCount' | 'createdAt'>;

export const paymentKeys = { all: ['subsidies', 'payments'] as const };

export const fetchPayments = (status: PaymentStatus | undefined, page: PageRequest) =>
  unwrap(subsidyApi.GET('/api/subsidies/payments', { params: { query: { ...page, status } } })) as Promise<Page<Payment>>;

/** Asks the payment system for the payment's result now. */
export const checkPaymentStatus = (id: string) =>
  unwrap(subsidyApi.POST('/api/subsidies/payments/{id}/status-check', { params: { path: { id } } })) as Promise<Payment>;

export const PAYMENT_STATUSES: Record<PaymentStatus, { label: string; color: string }> = {
  QUEUED: { label: '待发送', color: 'default' },
  ACCEPTED: { label: '已提交', color: 'processing' },
  SUCCEEDED: { label: '已到账', color: 'success' },
  FAILED: { label: '支付失败', color: 'error' },
};
