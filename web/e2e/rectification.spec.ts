import { expect, test, type Page } from '@playwright/test';
import { certifiedBrand } from './pages/cases';
import { followBrandMenu, recordScreen, runWord, signIn, signOut, tokenOf } from './support';

/** A one-page PDF as the holder's evidence: the registry sniffs the type from these bytes. */
const EVIDENCE = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/**
 * A rectification round trip (限期整改): the 甘井子 bureau orders a city-level brand of 大连金港人力资源服务有限公司 to
 * rectify, the unit uploads its evidence and answers before the deadline, the bureau accepts. Meanwhile anyone
 * verifying the certificate reads 整改中, afterwards 有效 again. The brand is certified through the API first.
 */
test.describe.serial('a rectification round trip', () => {
  const word = runWord();
  const brandName = `大连金港物业${word}保洁员劳务品牌`;
  let certificateNumber: string;
  let brandId: string;

  test.beforeAll(async ({ playwright }, testInfo) => {
    test.setTimeout(120_000);
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    certificateNumber = await certifiedBrand(api, `大连甘井子金港物业${word}保洁员劳务品牌`, brandName);
    const brands = await api.get('/api/brands', {
      headers: { Authorization: `Bearer ${await tokenOf(api, 'reviewer-ganjingzi')}` }, params: { limit: 100 },
    });
    expect(brands.ok(), await brands.text()).toBe(true);
    brandId = ((await brands.json()).items as { id: string; certificateNumber: string }[])
      .find((brand) => brand.certificateNumber === certificateNumber)!.id;
    await api.dispose();
  });

  async function openRectificationTab(page: Page) {
    await page.goto(`/brands/${brandId}`);
    await expect(page.getByRole('heading', { name: brandName })).toBeVisible();
    await page.getByRole('tab', { name: '整改' }).click();
  }

  async function verificationSays(page: Page, status: string) {
    await page.goto(`/verify/${certificateNumber}`);
    await expect(page.getByTestId('certificate-status')).toHaveText(status);
  }

  test('the district bureau orders the brand to rectify within working days', async ({ page }) => {
    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await followBrandMenu(page, '劳务品牌证书');
    await page.getByRole('link', { name: brandName }).click();
    await expect(page).toHaveURL(new RegExp(`/brands/${brandId}$`));
    await page.getByRole('tab', { name: '整改' }).click();
    await page.getByRole('button', { name: '责令整改' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('培训质量差').check();
    await dialog.getByLabel('务工人员数量过少').check();
    await dialog.getByLabel('情况说明').fill('第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。');
    await dialog.getByLabel('整改期限（工作日）').fill('10');
    await dialog.getByRole('button', { name: '下达整改通知' }).click();

    await expect(page.getByText('待整改').first()).toBeVisible();
    await expect(page.getByText('剩余 10 个工作日')).toBeVisible();
    await recordScreen(page, '95-rectification-ordered');
    await followBrandMenu(page, '整改督办');
    await expect(page.getByRole('row').filter({ hasText: brandName })).toBeVisible();
    await recordScreen(page, '96-rectification-worklist');
    await signOut(page);

    await verificationSays(page, '整改中');
  });

  test('the unit uploads its evidence and answers before the deadline', async ({ page }) => {
    await signIn(page, 'applicant-a', /\/applications$/);
    await openRectificationTab(page);

    await page.locator('input[type="file"]').setInputFiles({ name: '培训签到表.pdf', mimeType: 'application/pdf', buffer: EVIDENCE });
    await expect(page.getByText(/培训签到表\.pdf/)).toBeVisible();
    await page.getByLabel('整改情况说明').fill('已更换培训讲师并补充实操课时，附培训签到表。');
    await recordScreen(page, '97-rectification-answer');
    await page.getByRole('button', { name: '提交整改答复' }).click();

    await expect(page.getByText('整改答复已提交，等待区人社部门审核。')).toBeVisible();
    await signOut(page);
  });

  test('the district bureau accepts the answer and the certificate is valid again', async ({ page }) => {
    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await openRectificationTab(page);
    await page.getByRole('button', { name: '审核整改答复' }).click();

    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('整改通过')).toBeChecked();
    await dialog.getByLabel('审核意见（可选）').fill('整改措施到位，佐证材料齐全。');
    await dialog.getByRole('button', { name: '提交审核结果' }).click();

    await expect(page.getByText('当前没有进行中的整改')).toBeVisible();
    await expect(page.getByText('整改通过').first()).toBeVisible();
    await recordScreen(page, '98-rectification-accepted');
    await signOut(page);

    await verificationSays(page, '有效');
  });
});
