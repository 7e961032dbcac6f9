/** Cases set up through the API, for the browser tests whose subject comes later (the reviewer's screens, an objection). */
import { expect, type APIRequestContext } from '@playwright/test';
import { tokenOf } from '../support';
import { CITY_LEVEL_FIGURES, DESCRIPTION } from './applications';
import { provideMaterials } from './materials';

/**
 * 大连金港人力资源服务有限公司 (甘井子区) applies for both levels with figures that meet the city level in both years, hands
 * in its materials and submits; answers the case 甘井子区's queue shows once the submission reached review through Kafka.
 */
export async function submittedCase(api: APIRequestContext, brandName: string, cityBrandName: string): Promise<string> {
  const applicant = { Authorization: `Bearer ${await tokenOf(api, 'applicant-a')}` };
  const created = await api.post('/api/applications', {
    headers: applicant,
    data: {
      brandName,
      cityBrandName,
      description: DESCRIPTION,
      requestedLevels: ['DISTRICT', 'CITY'],
      declaredYears: [2021, 2022].map((year) => ({ year, ...CITY_LEVEL_FIGURES[year] })),
      labourPractice: { contractSigningRatePercent: 100, employmentFilingRatePercent: 100, collectiveContractInForce: true,
        labourRelationsCoordinators: 2, massLabourDisputeOccurred: false },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const applicationId = (await created.json()).id as string;
  await provideMaterials(api, applicant.Authorization.slice('Bearer '.length), applicationId, CITY_LEVEL_FIGURES);
  const submitted = await api.post(`/api/applications/${applicationId}/submit`, { headers: applicant });
  expect(submitted.ok(), await submitted.text()).toBe(true);

  const reviewer = { Authorization: `Bearer ${await tokenOf(api, 'reviewer-ganjingzi')}` };
  let caseId = '';
  await expect.poll(async () => {
    const queue = await api.get('/api/reviews/cases', { headers: reviewer, params: { stage: 'DISTRICT_REVIEW', limit: 100 } });
    const items = (await queue.json()).items as { id: string; brandName: string }[];
    caseId = items.find((item) => item.brandName === brandName)?.id ?? '';
    return caseId;
  }, { timeout: 30_000 }).not.toBe('');
  return caseId;
}

/** 甘井子区 selects the case, recommends it for the city, and publishes its notice as soon as it can; answers the notice. */
export async function caseUnderNotice(api: APIRequestContext, caseId: string): Promise<{ id: string; startsOn: string; endsOn: string }> {
  const reviewer = { Authorization: `Bearer ${await tokenOf(api, 'reviewer-ganjingzi')}` };
  const decided = await api.post(`/api/reviews/cases/${caseId}/district-decision`, {
    headers: reviewer,
    data: { districtLevelSelected: true, cityRecommended: true, comment: '材料齐全，实地查验属实，推荐申报市级。' },
  });
  expect(decided.ok(), await decided.text()).toBe(true);
  const published = await api.post(`/api/reviews/cases/${caseId}/publicity`, { headers: reviewer, data: {} });
  expect(published.ok(), await published.text()).toBe(true);
  return published.json();
}
