import { notificationApi, unwrap } from '../../api/client';
import type { Page, PageRequest } from '../../api/paging';

/** notification-service's delivery log: every e-mail and SMS owed, with each attempt and the provider's answer. */

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';
export type DeliveryChannel = 'EMAIL' | 'SMS';

/** One e-mail or SMS to one person; the address comes masked. */
export interface Delivery {
  id: string;
  eventId: string;
  kind: string;
  kindLabel: string;
  channel: DeliveryChannel;
  recipient: string;
  recipientName?: string | null;
  subject?: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string | null;
  createdAt: string;
  sentAt?: string | null;
  nextAttemptAt?: string | null;
}

export interface DeliveryAttempt {
  attemptedAt: string;
  outcome: string;
  providerStatus?: string | null;
  providerAnswer?: string | null;
  durationMillis?: number | null;
}

export interface DeliveryDetail extends Delivery {
  content?: string | null;
  attemptLog: DeliveryAttempt[];
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  channel?: DeliveryChannel;
}

export const deliveryKeys = { all: ['notifications', 'deliveries'] as const };

export const fetchDeliveries = (filter: DeliveryFilter, page: PageRequest) =>
  unwrap(notificationApi.GET('/api/notifications/deliveries', { params: { query: { ...filter, ...page } } })) as Promise<Page<Delivery>>;

export const fetchDelivery = (id: string) =>
  unwrap(notificationApi.GET('/api/notifications/deliveries/{id}', { params: { path: { id } } })) as Promise<DeliveryDetail>;

/** Sends a failed delivery again (to the address known now). */
export const resendDelivery = (id: string) =>
  unwrap(notificationApi.POST('/api/notifications/deliveries/{id}/resend', { params: { path: { id } } })) as Promise<Delivery>;

export const DELIVERY_STATUSES: Record<DeliveryStatus, { label: string; color: string }> = {
  PENDING: { label: '待发送', color: 'processing' },
  SENT: { label: '已发送', color: 'success' },
  FAILED: { label: '发送失败', color: 'error' },
};

export const CHANNELS: Record<DeliveryChannel, string> = {
  EMAIL: '电子邮件',
  SMS: '短信',
};
