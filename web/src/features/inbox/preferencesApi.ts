import { notificationApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/notification-service';

/** notification-service's preferences: which channels the signed-in person (or their unit) gets each kind of message by. */

/** One kind of message with the channels chosen; the inbox always, e-mail always for a message with legal weight. */
export type Preference = Pick<components['schemas']['PreferenceView'],
  'kind' | 'category' | 'label' | 'legalWeight' | 'inApp' | 'email' | 'sms' | 'emailRequired'>;

/** What the page sends for one kind. */
export type PreferenceChoice = Pick<components['schemas']['PreferenceChange'], 'email' | 'sms'> & { kind: Preference['kind'] };

export const preferenceKeys = { all: ['inbox', 'preferences'] as const };

export const fetchPreferences = () =>
  unwrap(notificationApi.GET('/api/notifications/preferences')) as Promise<{ items: Preference[] }>;

export const savePreferences = (items: PreferenceChoice[]) =>
  unwrap(notificationApi.PUT('/api/notifications/preferences', { body: { items } })) as Promise<{ items: Preference[] }>;
