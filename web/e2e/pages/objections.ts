/** The public notice and the district's objection screens, as people use them. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The notice (公示) that lists the brand, paging on through the running notices until it shows. */
export async function noticeListing(page: Page, brandName: string): Promise<Locator> {
  await page.goto('/public/notices');
  const row = page.getByRole('row').filter({ hasText: brandName });
  await expect(page.getByRole('heading', { name: '劳务品牌公示与名录' })).toBeVisible();
  while (!(await row.isVisible())) {
    const next = page.getByRole('button', { name: '下一页' });
    expect(await next.isEnabled(), `公示公告中没有「${brandName}」`).toBe(true);
    await next.click();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  }
  return row;
}

/** The answer to the challenge shown in the form: 「7 加 5 等于几？」 → 12. */
export async function answerChallenge(dialog: Locator) {
  const label = dialog.getByText(/^验证题：\d (加|减) \d 等于几？$/);
  await expect(label).toBeVisible();
  const [, first, operation, second] = /(\d) (加|减) (\d)/.exec((await label.textContent()) ?? '')!;
  const answer = operation === '加' ? Number(first) + Number(second) : Number(first) - Number(second);
  await dialog.getByLabel(/^验证题/).fill(String(answer));
}

/** Looks an objection up on the public page with its receipt number and query code. */
export async function lookUp(page: Page, receipt: string, code: string) {
  await page.goto(`/public/objections?receipt=${receipt}`);
  await expect(page.getByLabel('受理编号')).toHaveValue(receipt);
  await page.getByLabel('查询码').fill(code);
  await page.getByRole('button', { name: /查\s?询/ }).click();
  await expect(page.getByText('异议办理情况')).toBeVisible();
}
