import { notificationApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/notification-service';
import type { Page, PageRequest } from '../../api/paging';

/** notification-service's delivery log: every e-mail and SMS owed, with each attempt and the provider's answer. */

/** 待发送, 已发送, 发送失败 */
export type DeliveryStatus = NonNullable<components['schemas']['DeliveryView']['status']>;
export type DeliveryChannel = 'EMAIL' | 'SMS';

/** One e-mail or SMS to one person; the address comes masked. */
export type Delivery = Filled<components['schemas']['DeliveryView'], 'id' | 'eventId' | 'kind' | 'kindLabel' | 'channel' | 'status'
  | 'attempts' | 'createdAt'> & { channel: DeliveryChannel };

export type DeliveryAttempt = Filled<components['schemas']['AttemptLog'], 'attemptedAt' | 'outcome'>;

/** One delivery with its content and every attempt, the provider's answer included. */
export type DeliveryDetail = Delivery & { content?: string | null; attemptLog: DeliveryAttempt[] };

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
