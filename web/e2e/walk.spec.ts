import { expect, test, type Page } from '@playwright/test';
import { firstNoticeDay, letNoticeDaysPass, recordScreen, runWord, signIn, signOut, tokenOf } from './support';
import { createAndSubmitApplication, openApplication } from './pages/applications';
import { approveAtCity, decideAtDistrict, reviewAtCity, startNotice } from './pages/review';

/**
 * One application from the applicant's form to the certificate and the finance list, by clicking alone, each role
 * signing in on Keycloak's own page in its turn. The notice starts on the first working day from today (a notice is
 * never dated back); its working days are then let pass through the demonstration data's operator call, so that it
 * has ended when the operator closes the ended notices.
 */
test.describe.serial('the walk of one application through every role', () => {
  // names of this run's own that follow the naming rule; certified at city level, the brand carries the city-level name
  const word = runWord();
  const brandName = `大连甘井子金港家政${word}服务师劳务品牌`;
  const cityBrandName = `大连金港家政${word}服务师劳务品牌`;
  let noticeStartsOn: string;
  let caseId: string;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext()).newPage();
    noticeStartsOn = await firstNoticeDay(page.request, await tokenOf(page.request, 'reviewer-ganjingzi'));
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the applicant unit fills in Attachment 1 and submits it', async () => {
    await signIn(page, 'applicant-a', /\/applications$/, '04-keycloak-login');
    await createAndSubmitApplication(page, { brandName, cityBrandName });
    await signOut(page);
  });

  test('the district bureau selects it, recommends it to the city and publishes the notice', async () => {
    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await decideAtDistrict(page, brandName);
    await startNotice(page, brandName, noticeStartsOn);
    caseId = new URL(page.url()).pathname.split('/').pop()!;
    await signOut(page);
  });

  test('the operator closes the notices whose working days are over', async () => {
    await letNoticeDaysPass(page.request, caseId);
    await signIn(page, 'operator', /\/operations$/);
    await page.getByRole('button', { name: '关闭期满公示' }).click();
    // the service's own check, every minute, may have closed this one already: either way it is closed now
    await expect(page.getByRole('status').filter({ hasText: /已关闭 \d+ 个期满的公示/ })).toBeVisible();
    await recordScreen(page, '60-operator-closed-notices');
    await signOut(page);
  });

  test('the city bureau passes the re-review', async () => {
    await signIn(page, 'city-reviewer', /\/reviews$/);
    // the settled queue, not its loading
    await expect(page.getByRole('heading', { name: '评审案件' })).toBeVisible();
    await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
    await recordScreen(page, '30-city-queue');
    await reviewAtCity(page, brandName);
    await recordScreen(page, '31-city-case');
    await signOut(page);
  });

  test('the leading group office reads the ranking, certifies it at city level and sees the district goal met', async () => {
    await signIn(page, 'leading-group', /\/reviews$/);
    await page.getByRole('link', { name: '市级推荐排序' }).click();
    const ranked = page.getByRole('row').filter({ hasText: cityBrandName });
    await expect(ranked.getByText('达到', { exact: true })).toBeVisible();
    await expect(ranked.getByText('未结对')).toBeVisible();
    await recordScreen(page, '34-leading-group-ranking');

    await approveAtCity(page, brandName);
    await recordScreen(page, '32-leading-group-certified');

    await page.getByRole('link', { name: '区级进度' }).click();
    await expect(page.getByRole('row').filter({ hasText: '甘井子区' }).getByText('已完成')).toBeVisible();
    await recordScreen(page, '35-district-progress');
    await signOut(page);
  });

  test('the public register lists it under its city-level name with its certificate number', async () => {
    await page.goto('/public/brands');
    const row = page.getByRole('row').filter({ hasText: cityBrandName });
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row.getByText(/^DL-LB-\d{4}-CITY-\d{4}$/)).toBeVisible();
    await expect(row.getByRole('cell', { name: '市级' })).toBeVisible();
    await expect(row.getByRole('cell', { name: '甘井子区' })).toBeVisible();
    await recordScreen(page, '33-public-register');
  });

  test('finance staff find its one-time subsidy of ¥50,000.00', async () => {
    await signIn(page, 'finance-clerk', /\/subsidies$/);
    const row = page.getByRole('row').filter({ hasText: cityBrandName });
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row.getByRole('cell', { name: '¥50,000.00' })).toBeVisible();
    await recordScreen(page, '40-finance-entitlements');
    await signOut(page);
  });

  test('the applicant unit reads the outcome and its messages', async () => {
    await signIn(page, 'applicant-a', /\/applications$/);
    await openApplication(page, brandName);
    await expect(page.getByText('核准为市级劳务品牌。')).toBeVisible();
    await recordScreen(page, '15-applicant-certified');

    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /消息中心/ }).click();
    const message = page.getByRole('listitem').filter({ hasText: word }).first();
    await expect(message).toBeVisible();
    await recordScreen(page, '50-inbox');
    const unread = page.getByRole('link', { name: /消息中心，\d+ 条未读/ });
    const before = Number((await unread.getAttribute('aria-label'))?.match(/(\d+) 条未读/)?.[1]);
    await message.getByRole('button', { name: '标为已读' }).click();
    await expect(unread).toHaveAttribute('aria-label', `消息中心，${before - 1} 条未读`);
    await signOut(page);
  });
});
