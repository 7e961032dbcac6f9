import { notificationApi, unwrap } from '../../api/client';

/** notification-service's preferences: which channels the signed-in person (or their unit) gets each kind of message by. */

/** One kind of message with the channels chosen; the inbox always, e-mail always for a message with legal weight. */
export interface Preference {
  kind: string;
  category: string;
  label: string;
  legalWeight: boolean;
  inApp: boolean;
  email: boolean;
  sms: boolean;
  emailRequired: boolean;
}

export interface PreferenceChoice {
  kind: string;
  email: boolean;
  sms: boolean;
}

export const preferenceKeys = { all: ['inbox', 'preferences'] as const };

export const fetchPreferences = () =>
  unwrap(notificationApi.GET('/api/notifications/preferences')) as Promise<{ items: Preference[] }>;

export const savePreferences = (items: PreferenceChoice[]) =>
  unwrap(notificationApi.PUT('/api/notifications/preferences', { body: { items } })) as Promise<{ items: Preference[] }>;
