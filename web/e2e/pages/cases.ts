/** Cases set up through the API, for the browser tests whose subject comes later (the reviewer's screens, an objection). */
import { expect, type APIRequestContext } from '@playwright/test';
import { letNoticeDaysPass, todayInDalian, tokenOf } from '../support';
import { CITY_LEVEL_FIGURES, DESCRIPTION, DISTRICT_LEVEL_FIGURES } from './applications';
import { provideMaterials } from './materials';

/**
 * A unit (applicant-a: 大连金港人力资源服务有限公司, 甘井子区) applies for the district level with figures that meet it in both
 * years, hands in its materials and submits; answers the application's id.
 */
export async function districtLevelApplicationSubmitted(api: APIRequestContext, username: string, brandName: string): Promise<string> {
  const token = await tokenOf(api, username);
  const applicant = { Authorization: `Bearer ${token}` };
  const created = await api.post('/api/applications', {
    headers: applicant,
    data: {
      brandName,
      description: DESCRIPTION,
      requestedLevels: ['DISTRICT'],
      declaredYears: Object.entries(DISTRICT_LEVEL_FIGURES).map(([year, figures]) => ({ year: Number(year), ...figures })),
      labourPractice: { contractSigningRatePercent: 100, employmentFilingRatePercent: 100, collectiveContractInForce: true,
        labourRelationsCoordinators: 2, massLabourDisputeOccurred: false },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const id = (await created.json()).id as string;
  await provideMaterials(api, token, id, DISTRICT_LEVEL_FIGURES);
  const submitted = await api.post(`/api/applications/${id}/submit`, { headers: applicant });
  expect(submitted.ok(), await submitted.text()).toBe(true);
  return id;
}

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

/** 甘井子区 inspects the case on site (through the API), selects it, recommends it for the city, and publishes its notice as soon as it can; answers the notice. */
export async function caseUnderNotice(api: APIRequestContext, caseId: string): Promise<{ id: string; startsOn: string; endsOn: string }> {
  const reviewerToken = await tokenOf(api, 'reviewer-ganjingzi');
  const reviewer = { Authorization: `Bearer ${reviewerToken}` };
  await concludeInspectionThroughApi(api, reviewerToken, caseId);
  const decided = await api.post(`/api/reviews/cases/${caseId}/district-decision`, {
    headers: reviewer,
    data: { districtLevelSelected: true, cityRecommended: true, comment: '材料齐全，实地查验属实，推荐申报市级。' },
  });
  expect(decided.ok(), await decided.text()).toBe(true);
  const published = await api.post(`/api/reviews/cases/${caseId}/publicity`, { headers: reviewer, data: {} });
  expect(published.ok(), await published.text()).toBe(true);
  return published.json();
}

/**
 * The district bureau's on-site inspection, through the API, for the tests whose subject is another screen: every item
 * found true, two inspectors, concluded 查验属实 today. Waits for the pre-check, whose criteria the checklist holds.
 */
export async function concludeInspectionThroughApi(api: APIRequestContext, reviewerToken: string, caseId: string) {
  const headers = { Authorization: `Bearer ${reviewerToken}` };
  const url = `/api/reviews/cases/${caseId}/inspection`;
  let record: { version: number; criteriaPending: boolean; items: { key: string }[] } | undefined;
  await expect.poll(async () => {
    record = await (await api.get(url, { headers })).json();
    return record?.criteriaPending;
  }, { timeout: 30_000 }).toBe(false);
  const saved = await api.put(url, {
    headers,
    data: {
      version: record!.version,
      inspectedOn: todayInDalian(),
      inspectors: ['王建华', '李晓梅'],
      findings: record!.items.map((item) => ({ item: item.key, finding: 'CONFIRMED' })),
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  const concluded = await api.post(`${url}/conclusion`, {
    headers,
    data: { version: (await saved.json()).version, confirmed: true, conclusion: '现场核查培训场地、培训台账及花名册，与申报材料一致，查验属实。' },
  });
  expect(concluded.ok(), await concluded.text()).toBe(true);
}

/**
 * A brand certified at city level through the API, for the tests whose subject comes after certification (the
 * certificate): submitted, inspected and selected, its notice's days let pass, forwarded, re-reviewed and certified;
 * answers its certificate number once the registry lists it.
 */
export async function certifiedBrand(api: APIRequestContext, brandName: string, cityBrandName: string): Promise<string> {
  const caseId = await submittedCase(api, brandName, cityBrandName);
  await caseUnderNotice(api, caseId);
  await letNoticeDaysPass(api, caseId);
  const step = async (username: string, path: string, data: object) => {
    const response = await api.post(path, { headers: { Authorization: `Bearer ${await tokenOf(api, username)}` }, data });
    expect(response.ok(), await response.text()).toBe(true);
  };
  await step('operator', '/api/reviews/publicity/closing', {});
  await step('city-reviewer', `/api/reviews/cases/${caseId}/city-review`, { approved: true, comment: '复审通过。' });
  await step('leading-group', `/api/reviews/cases/${caseId}/approval`, { approved: true, level: 'CITY', comment: '核准为市级劳务品牌。' });
  let certificateNumber = '';
  await expect.poll(async () => {
    const listed = (await (await api.get('/api/public/brands', { params: { limit: 100 } })).json()).items as
      { certificateNumber: string; brandName: string }[];
    certificateNumber = listed.find((brand) => brand.brandName === cityBrandName)?.certificateNumber ?? '';
    return certificateNumber;
  }, { timeout: 30_000 }).not.toBe('');
  return certificateNumber;
}
