import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { certifiedBrand } from './pages/cases';
import { followBrandMenu, recordScreen, runWord, signIn, signOut } from './support';

/**
 * The certificate's QR code leads anyone to /verify/<certificate number>: the live status as a large tag and the few
 * facts of the certificate, without signing in; a number the city never issued is refused in Chinese. Staff download
 * the certificate PDF from 劳务品牌证书. The brand is certified at city level through the API first: its steps are other
 * tests' subject.
 */
test.describe.serial('verifying a certificate', () => {
  const word = runWord();
  // certified at city level, the brand carries its city-level name
  const brandName = `大连金港安保${word}保安员劳务品牌`;
  let certificateNumber: string;

  test.beforeAll(async ({ playwright }, testInfo) => {
    test.setTimeout(120_000);
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    certificateNumber = await certifiedBrand(api, `大连甘井子金港安保${word}保安员劳务品牌`, brandName);
    await api.dispose();
  });

  test('a visitor scanning the QR code reads the status and the certificate facts without signing in', async ({ page }) => {
    await page.goto(`/verify/${certificateNumber}`);
    await expect(page.getByRole('heading', { name: '劳务品牌证书查验' })).toBeVisible();
    // a brand on the public list has not exited: valid, or under rectification
    await expect(page.getByTestId('certificate-status')).toHaveText(/^(有效|整改中)$/);
    const facts = page.locator('.ant-descriptions');
    await expect(facts.getByText(certificateNumber, { exact: true })).toBeVisible();
    await expect(facts.getByText(brandName, { exact: true })).toBeVisible();
    await expect(facts.getByText('认定日期')).toBeVisible();
    // nothing beyond the certificate: no district code, no internal identifiers
    await expect(facts.getByText('统一社会信用代码')).toHaveCount(0);
    await recordScreen(page, '90-public-certificate-verification');
  });

  test('a number the city never issued, and a tampered one, are refused in Chinese', async ({ page }) => {
    await page.goto('/verify/DL-LB-1999-CITY-9999');
    await expect(page.getByRole('alert')).toContainText('未查询到该编号的劳务品牌证书');
    await expect(page.getByTestId('certificate-status')).toHaveCount(0);

    await page.goto(`/verify/${encodeURIComponent(`${certificateNumber}<script>`)}`);
    await expect(page.getByRole('alert')).toContainText('证书编号格式不正确');
    await recordScreen(page, '91-public-certificate-refused');
  });

  test('the leading group office downloads the certificate as a PDF named after the brand', async ({ page }) => {
    await signIn(page, 'leading-group', /\/reviews$/);
    await followBrandMenu(page, '劳务品牌证书');
    await expect(page).toHaveURL(/\/brands$/);
    const row = page.getByRole('row').filter({ hasText: certificateNumber });
    await recordScreen(page, '92-brand-certificates');

    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: `下载证书 ${certificateNumber}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`劳务品牌证书-${brandName}-${certificateNumber}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await signOut(page);
  });
});
