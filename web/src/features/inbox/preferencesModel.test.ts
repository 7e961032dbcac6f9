import { changed, choices, groupByCategory, switched } from './preferencesModel';
import type { Preference } from './preferencesApi';

const DECISION: Preference = {
  kind: 'DISTRICT_DECISION', category: 'APPLICATION', label: '区级初审结果', legalWeight: true, inApp: true, email: true, sms: true,
  emailRequired: true,
};
const PAID: Preference = {
  kind: 'SUBSIDY_DISBURSED', category: 'SUBSIDY', label: '奖补资金已拨付', legalWeight: false, inApp: true, email: true, sms: true,
  emailRequired: false,
};
const ORDERED: Preference = {
  kind: 'RECTIFICATION_ORDERED', category: 'BRAND', label: '限期整改通知', legalWeight: true, inApp: true, email: true, sms: false,
  emailRequired: true,
};

describe('通知设置', () => {
  it('groups the kinds by category in the order of the inbox: 申报进展, 品牌管理, 补贴资金', () => {
    const groups = groupByCategory([PAID, ORDERED, DECISION]);

    expect(groups.map((group) => group.title)).toEqual(['申报进展', '品牌管理', '补贴资金']);
    expect(groups[0].preferences).toEqual([DECISION]);
  });

  it('never switches e-mail off for a message with legal weight, but lets its SMS go', () => {
    expect(switched(DECISION, 'email', false).email).toBe(true);
    expect(switched(DECISION, 'sms', false).sms).toBe(false);
    expect(switched(PAID, 'email', false).email).toBe(false);
  });

  it('sends every kind with its channels, and knows whether anything changed', () => {
    const edited = [DECISION, switched(PAID, 'sms', false)];

    expect(choices(edited)).toEqual([
      { kind: 'DISTRICT_DECISION', email: true, sms: true },
      { kind: 'SUBSIDY_DISBURSED', email: true, sms: false },
    ]);
    expect(changed([DECISION, PAID], edited)).toBe(true);
    expect(changed([DECISION, PAID], [DECISION, PAID])).toBe(false);
  });
});
