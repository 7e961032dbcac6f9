import { expect, test, type Page } from '@playwright/test';
import { recordScreen, runWord, signIn, signOut, tokenOf } from './support';
import { openApplication } from './pages/applications';
import { concludeInspectionThroughApi, districtLevelApplicationSubmitted } from './pages/cases';
import { openCase } from './pages/review';

/**
 * A rejection seen by the unit: 大连金港人力资源服务有限公司 (applicant-a, 甘井子区) hands in an application, the 甘井子区
 * bureau inspects it and does not select it, writing why; the unit reads the reason on its application and in its
 * messages, and the case leaves the bureau's open queue but stays in its closed list with the history.
 */
test.describe.serial('a rejection with its reason, seen by the unit', () => {
  const word = runWord();
  const brandName = `大连甘井子金港${word}保洁员劳务品牌`;
  const reason = '实地查验发现培训台账缺少 2022 年下半年的考核记录，培训合格人数无法核实，不予通过。';
  let page: Page;

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    page = await (await browser.newContext()).newPage();
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    await districtLevelApplicationSubmitted(api, 'applicant-a', brandName);

    // the inspection's own screen is the inspection test's subject: here it is concluded through the API
    const reviewerToken = await tokenOf(api, 'reviewer-ganjingzi');
    let caseId = '';
    await expect.poll(async () => {
      const queue = await api.get('/api/reviews/cases', {
        headers: { Authorization: `Bearer ${reviewerToken}` }, params: { q: brandName, limit: 10 },
      });
      caseId = ((await queue.json()).items as { id: string }[])[0]?.id ?? '';
      return caseId;
    }, { timeout: 30_000 }).not.toBe('');
    await concludeInspectionThroughApi(api, reviewerToken, caseId);
    await api.dispose();
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the 甘井子区 bureau does not select the brand and must say why in a sentence', async () => {
    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await openCase(page, brandName);
    await page.getByRole('radiogroup', { name: '入选区级劳务品牌' }).getByLabel('否', { exact: true }).check();
    await page.getByLabel('审核意见').fill('不符合。');
    await page.getByRole('button', { name: '提交初审意见' }).click();
    await expect(page.getByText('审核意见至少 10 个字，请写成一句完整的话')).toBeVisible();

    await page.getByLabel('审核意见').fill(reason);
    await page.getByRole('button', { name: '提交初审意见' }).click();
    await expect(page.getByText('初审意见已提交，该申报未通过区级初审。')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: '不予通过（区级初审未通过' })).toContainText(reason);
    await recordScreen(page, '40-district-rejection');

    // the case has left the open queue and waits in the closed list
    await page.goto('/reviews');
    await page.getByLabel('环节').click();
    await page.locator('.ant-select-item-option', { hasText: '未通过' }).click();
    await expect(page.getByRole('row', { name: new RegExp(brandName) })).toBeVisible();
    await signOut(page);
  });

  test('the unit reads the rejection and its reason on its application and in its messages', async () => {
    await signIn(page, 'applicant-a', /\/applications$/);
    await expect(async () => {
      await openApplication(page, brandName);
      await expect(page.getByText('未通过', { exact: true }).first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const alert = page.getByRole('alert').filter({ hasText: '申报未通过' });
    await expect(alert).toContainText('区人社部门（区级初审）');
    await expect(alert).toContainText(`理由：${reason}`);
    await recordScreen(page, '41-unit-reads-rejection');

    await page.getByRole('link', { name: /消息中心/ }).first().click();
    await expect(page.getByText(reason).first()).toBeVisible({ timeout: 30_000 });
  });
});
