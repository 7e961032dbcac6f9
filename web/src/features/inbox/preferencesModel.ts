import type { Preference, PreferenceChoice } from './preferencesApi';

/** The inbox's categories as a person reads them, in the order the page shows them. */
export const CATEGORIES: Record<string, string> = {
  APPLICATION: '申报进展',
  REVIEW: '评审待办',
  BRAND: '品牌管理',
  SUBSIDY: '补贴资金',
};

export interface PreferenceGroup {
  category: string;
  title: string;
  preferences: Preference[];
}

/** The kinds grouped by category, in the categories' order and, within one, in the service's order. */
export function groupByCategory(preferences: Preference[]): PreferenceGroup[] {
  const known = Object.keys(CATEGORIES);
  const categories = [...new Set(preferences.map((preference) => preference.category))]
    .sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  return categories.map((category) => ({
    category,
    title: CATEGORIES[category] ?? category,
    preferences: preferences.filter((preference) => preference.category === category),
  }));
}

/** A channel switched: e-mail cannot be switched off where the message has legal weight. */
export function switched(preference: Preference, channel: 'email' | 'sms', on: boolean): Preference {
  if (channel === 'email' && preference.emailRequired) return preference;
  return { ...preference, [channel]: on };
}

/** What the page sends: every kind with its channels (the service keeps the whole set at once). */
export function choices(preferences: Preference[]): PreferenceChoice[] {
  return preferences.map(({ kind, email, sms }) => ({ kind, email, sms }));
}

/** Whether the person changed anything since the page loaded or last saved. */
export function changed(saved: Preference[], edited: Preference[]): boolean {
  return edited.some((preference, index) => preference.email !== saved[index]?.email || preference.sms !== saved[index]?.sms);
}
