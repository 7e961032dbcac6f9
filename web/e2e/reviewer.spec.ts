import { expect, test } from '@playwright/test';
import { submittedCase } from './pages/cases';
import { firstNoticeDay, recordScreen, runWord, signIn, tokenOf } from './support';
import { chineseDate, decideAtDistrict, findInQueue, openCase, startNotice } from './pages/review';

// names of its own per run that follow the naming rule, so that the queue holds exactly one case of it
const word = runWord();
const brandName = `大连甘井子金港冷链${word}装卸工劳务品牌`;
const cityBrandName = `大连金港冷链${word}装卸工劳务品牌`;
let caseId: string;
/** The day a notice published now starts: today, or on a day off the next working day. */
let noticeDay: string;

test.beforeAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  caseId = await submittedCase(api, brandName, cityBrandName);
  noticeDay = await firstNoticeDay(api, await tokenOf(api, 'reviewer-ganjingzi'));
  await api.dispose();
});

test('the 甘井子区 reviewer finds the case, reads the pre-check, decides and publishes the notice', async ({ page }) => {
  // the case page reads the pre-check and the roster's check as well: a long page to check for accessibility twice
  test.slow();
  await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
  await expect(page.getByRole('heading', { name: '评审案件' })).toBeVisible();
  await expect(page.getByText('甘井子区人社局：本区受理的全部申报')).toBeVisible();

  await page.getByLabel('环节').click();
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).searchParams.get('stage') === 'DISTRICT_REVIEW'),
    page.locator('.ant-select-item-option', { hasText: '区级初审' }).click(),
  ]);
  const row = await findInQueue(page, brandName);
  await expect(row.getByText('区级初审')).toBeVisible();
  await expect(row.getByRole('cell', { name: '区级、市级' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '公示', exact: true })).toHaveCount(0);
  await recordScreen(page, '20-district-queue');

  await openCase(page, brandName);
  await expect(page.locator('.ant-descriptions-item').filter({ hasText: '市级品牌名称' })).toContainText(cityBrandName);
  const names = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '命名规则检查' }) });
  for (const level of ['区级品牌名称', '市级品牌名称']) {
    await expect(names.getByRole('row').filter({ hasText: level }).getByText('符合命名规则', { exact: true })).toBeVisible();
  }
  await expect(names.getByRole('row').filter({ hasText: '市级品牌名称' })).toContainText(cityBrandName);
  await expect(page.getByRole('heading', { name: '资格预审' })).toBeVisible();
  await expect(page.getByText('市级标准：✓ 符合')).toBeVisible();
  const trainedIn2021 = page.getByRole('row', { name: /培训人数 2021年 1120 人 ≥ 500 人 ✓ 符合/ });
  await expect(trainedIn2021).toBeVisible();
  await page.getByRole('tab', { name: '市级标准（符合）' }).click();
  await expect(page.getByRole('row', { name: /培训人数 2021年 1120 人 ≥ 1000 人 ✓ 符合/ })).toBeVisible();
  await expect(page.getByText('未发现风险事项。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '评审记录' })).toBeVisible();
  await expect(page.getByText('受理申报')).toBeVisible();
  await recordScreen(page, '21-district-case-precheck');

  // the comment is required: sending without it names the field
  await page.getByRole('button', { name: '提交初审意见' }).click();
  await expect(page.getByText('请填写审核意见')).toBeVisible();

  await decideAtDistrict(page, brandName);
  await expect(page.getByText(/^公示期 .+ 至 .+（5个工作日）$/)).toBeVisible();
  await recordScreen(page, '22-district-notice-form');

  await startNotice(page, brandName, noticeDay);
  await expect(page.getByRole('heading', { name: '发布公示' })).toHaveCount(0);
  await expect(page.getByText('开始公示')).toBeVisible();
  await expect(page.getByText(`公示中：公示期 ${chineseDate(noticeDay)} 至`)).toBeVisible();
});

test('the 金州区 reviewer neither sees nor opens the 甘井子区 case', async ({ page }) => {
  await signIn(page, 'reviewer-jinzhou', /\/reviews$/);
  await expect(page.getByText('金州区人社局：本区受理的全部申报')).toBeVisible();
  await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
  await expect(page.getByRole('link', { name: brandName })).toHaveCount(0);

  await page.goto(`/reviews/${caseId}`);
  await expect(page.getByRole('alert')).toContainText('未找到该评审案件，或它不在您的职责范围内。');
  await expect(page.getByRole('heading', { name: brandName })).toHaveCount(0);
});
