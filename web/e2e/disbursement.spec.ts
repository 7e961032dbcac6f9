import { expect, test, type Page } from '@playwright/test';
import { certifiedBrand } from './pages/cases';
import { followBrandMenu, recordScreen, runWord, signIn, signOut, todayInDalian, tokenOf } from './support';

/**
 * The subsidy under maker–checker, by clicking: the finance approver sets the year's budget, the clerk ticks a city-level
 * brand's ¥50,000 and prepares a payment batch (the payee the unit's own account, masked), the approver approves it and
 * the year's budget reserves it; the payment system (its simulator) pays it, the clerk imports the bank's statement of the
 * day and it matches, and the unit sees the subsidy paid on its brand. The brand is certified through the API first: its
 * steps are other tests' subject.
 */
test.describe.serial('a payment batch under maker–checker', () => {
  const word = runWord();
  const brandName = `大连金港园林${word}园艺师劳务品牌`;
  let batchPath: string;
  let bankTransaction: string;

  test.beforeAll(async ({ playwright }, testInfo) => {
    test.setTimeout(120_000);
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    await certifiedBrand(api, `大连甘井子金港园林${word}园艺师劳务品牌`, brandName);
    // the entitlement follows the certification by an event
    const clerk = { Authorization: `Bearer ${await tokenOf(api, 'finance-clerk')}` };
    await expect.poll(async () => {
      const waiting = (await (await api.get('/api/subsidies/entitlements', { headers: clerk, params: { status: 'CREATED', limit: 100 } })).json())
        .items as { brandName: string }[];
      return waiting.some((entitlement) => entitlement.brandName === brandName);
    }, { timeout: 30_000 }).toBe(true);
    await api.dispose();
  });

  test('the finance approver sets the year’s employment subsidy fund', async ({ page }) => {
    await signIn(page, 'finance-approver', /\/subsidies$/);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '预算管理', exact: true }).click();
    await expect(page.getByRole('heading', { name: '预算管理' })).toBeVisible();
    await page.getByRole('button', { name: '录入年度预算' }).click();
    const dialog = page.getByRole('dialog', { name: '录入年度预算' });
    await dialog.getByLabel('预算额度（元）').fill('10000000');
    await dialog.getByLabel('资金下达文号').fill('大财社〔2026〕88号');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: '大财社〔2026〕88号' })).toContainText('¥10,000,000.00');
    await recordScreen(page, '45-finance-budget');
    await signOut(page);
  });

  test('the clerk prepares a batch of the brand’s subsidy, paid to the unit’s own account', async ({ page }) => {
    await signIn(page, 'finance-clerk', /\/subsidies$/);
    const row = await rowOf(page, brandName);
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: '编制支付批次' }).click();
    const dialog = page.getByRole('dialog', { name: '编制支付批次' });
    await dialog.getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByRole('heading', { name: '支付批次详情' })).toBeVisible();
    const line = page.getByRole('row').filter({ hasText: brandName });
    await expect(line).toContainText('大连金港人力资源服务有限公司');
    await expect(line).toContainText('****');
    await expect(line).not.toContainText('3400200109000123456');
    batchPath = new URL(page.url()).pathname;
    await recordScreen(page, '46-finance-batch-prepared');
    await signOut(page);
  });

  test('another person, the approver, approves it against the budget', async ({ page }) => {
    await signIn(page, 'finance-approver', /\/subsidies$/);
    await page.goto(batchPath);
    await expect(page.getByRole('heading', { name: '支付批次详情' })).toBeVisible();
    await page.getByRole('button', { name: '审批通过' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '审批通过' }).click();
    await expect(page.getByText('已审批').first()).toBeVisible();
    await expect(page.getByText('finance-approver').first()).toBeVisible();
    await recordScreen(page, '47-finance-batch-approved');
    await signOut(page);
  });

  test('the payment system pays it: the line shows 已到账 with the bank’s transaction, the batch 已支付', async ({ page }) => {
    await signIn(page, 'finance-clerk', /\/subsidies$/);
    await page.goto(batchPath);
    const line = page.getByRole('row').filter({ hasText: brandName });
    // the simulator settles a payment after about two seconds and calls back; the page asks again when reloaded
    await expect.poll(async () => {
      await page.reload();
      return line.innerText();
    }, { timeout: 60_000 }).toContain('已到账');
    bankTransaction = /DLBK\d+/.exec(await line.innerText())?.[0] ?? '';
    expect(bankTransaction).not.toBe('');
    await expect(page.getByText('已支付').first()).toBeVisible();
    await recordScreen(page, '48-finance-batch-paid');
    await signOut(page);
  });

  test('the clerk imports the bank’s statement of the day, and the payment matches it', async ({ page, playwright }, testInfo) => {
    // finance downloads the day's statement from the payment system's portal: the simulator, ten ports above the gateway
    const gateway = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:8080');
    const portal = await playwright.request.newContext({ baseURL: `${gateway.protocol}//${gateway.hostname}:${Number(gateway.port) + 10}` });
    const day = todayInDalian();
    const statement = await portal.get(`/simulator/statements/${day}`);
    expect(statement.ok(), await statement.text()).toBe(true);
    const csv = await statement.body();
    await portal.dispose();

    await signIn(page, 'finance-clerk', /\/subsidies$/);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '对账', exact: true }).click();
    await expect(page.getByRole('heading', { name: '对账' })).toBeVisible();
    await page.locator('input[type=file]').setInputFiles({ name: `对账单-${day}.csv`, mimeType: 'text/csv', buffer: csv });
    await expect(page.getByRole('heading', { name: `对账结果 · ${day}` })).toBeVisible();
    const entry = page.getByRole('row').filter({ hasText: bankTransaction });
    await expect(entry).toContainText('已对平');
    await expect(entry).toContainText('¥50,000.00');
    await recordScreen(page, '49-finance-reconciliation');
    await signOut(page);
  });

  test('the unit sees its subsidy paid on its brand', async ({ page }) => {
    await signIn(page, 'applicant-a', /\/applications$/);
    await followBrandMenu(page, '劳务品牌证书');
    await page.getByRole('link', { name: brandName }).click();
    await expect(page.getByText('奖补已拨付')).toBeVisible();
    await expect(page.getByText('¥50,000.00').first()).toBeVisible();
    await recordScreen(page, '51-applicant-subsidy-paid');
  });
});

/** The brand's row in 补贴资金, turning the pages (oldest first) until it shows. */
async function rowOf(page: Page, brand: string) {
  const row = page.getByRole('row').filter({ hasText: brand });
  const next = page.getByRole('button', { name: '下一页' });
  for (let turned = 0; turned < 20; turned++) {
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    if (await row.isVisible() || await next.isDisabled()) break;
    await next.click();
  }
  await expect(row).toBeVisible();
  return row;
}
