import type { Client } from 'openapi-fetch';
import { subsidyApi, unwrap } from '../../api/client';
import type { Page, PageRequest } from '../../api/paging';

/*
 * subsidy-service's payments through the treasury's payment system. Written by hand until the generated types
 * (web/src/api/generated) are regenerated from the service's OpenAPI document, which now has them.
 */

/** 待发送, 已提交, 已到账, 支付失败 */
export type PaymentStatus = 'QUEUED' | 'ACCEPTED' | 'SUCCEEDED' | 'FAILED';

/** A payment as finance sees it; the payee's account number comes masked. */
export interface Payment {
  id: string;
  reference: string;
  /** the entitlement's attempt: 1, or more after an earlier payment failed for good */
  attempt: number;
  entitlementId: string;
  batchId: string;
  year: number;
  orgId: string;
  unitName: string;
  brandName: string;
  level: 'DISTRICT' | 'CITY' | 'PROVINCIAL';
  levelLabel: string;
  amountFen: number;
  amountText: string;
  payeeAccountName: string;
  payeeBankName: string;
  payeeAccountNumber: string;
  status: PaymentStatus;
  statusLabel: string;
  /** how often it was sent, always under the same reference */
  sendCount: number;
  lastError?: string | null;
  bankTransactionId?: string | null;
  failureCode?: string | null;
  failureReason?: string | null;
  createdAt: string;
  lastSentAt?: string | null;
  acceptedAt?: string | null;
  completedAt?: string | null;
  nextAttemptAt?: string | null;
}

type Json<T> = { headers: Record<string, unknown>; content: { '*/*': T } };

/** The two endpoints, in the shape openapi-typescript gives every other. */
interface PaymentPaths {
  '/api/subsidies/payments': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { status?: PaymentStatus; limit?: number; cursor?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Page<Payment>> };
    };
  };
  '/api/subsidies/payments/{id}/status-check': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Payment> };
    };
  };
}

// the same client (the gateway, the signed-in person's token), typed for the payment endpoints
const paymentApi = subsidyApi as unknown as Client<PaymentPaths>;

export const paymentKeys = { all: ['subsidies', 'payments'] as const };

export const fetchPayments = (status: PaymentStatus | undefined, page: PageRequest) =>
  unwrap(paymentApi.GET('/api/subsidies/payments', { params: { query: { ...page, status } } })) as Promise<Page<Payment>>;

/** Asks the payment system for the payment's result now. */
export const checkPaymentStatus = (id: string) =>
  unwrap(paymentApi.POST('/api/subsidies/payments/{id}/status-check', { params: { path: { id } } })) as Promise<Payment>;

export const PAYMENT_STATUSES: Record<PaymentStatus, { label: string; color: string }> = {
  QUEUED: { label: '待发送', color: 'default' },
  ACCEPTED: { label: '已提交', color: 'processing' },
  SUCCEEDED: { label: '已到账', color: 'success' },
  FAILED: { label: '支付失败', color: 'error' },
};
