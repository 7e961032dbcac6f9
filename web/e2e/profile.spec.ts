import { expect, test } from '@playwright/test';
import { recordScreen, signIn } from './support';

const ADDRESS = '大连市甘井子区华北路 236 号';

test('an applicant unit keeps its profile: masked personal data, a changed address saved, a wrong account name refused at its field', async ({ page }) => {
  await signIn(page, 'applicant-a', /\/applications$/);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '单位档案' }).click();
  await expect(page.getByRole('heading', { name: '单位档案', level: 3 })).toBeVisible();

  // the unit's own code, read-only; the mobile and the account number only masked, kept when left empty
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue('912102440580649631');
  await expect(page.getByLabel('统一社会信用代码')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('单位名称')).toHaveValue('大连金港人力资源服务有限公司');
  await expect(page.getByLabel('手机号码')).toHaveValue('');
  await expect(page.getByLabel('手机号码')).toHaveAttribute('placeholder', '139****1234');
  await expect(page.getByText('已登记 139****1234；如需更换请填写新号码，留空则保持不变')).toBeVisible();
  await expect(page.getByLabel('银行账号')).toHaveAttribute('placeholder', '3400 **** **** 3456');
  await expect(page.getByText(/^已登记 3400 \*\*\*\* \*\*\*\* 3456/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /本单位具有独立法人资格/ })).toBeChecked();
  await expect(page.getByText(/（由 \S+ 于 \d{4}年\d{1,2}月\d{1,2}日 确认）/).first()).toBeVisible();
  await recordScreen(page, '18-applicant-profile');

  // a changed address is saved (the masked fields left empty keep what is stored)
  const address = `大连市甘井子区华北路 ${200 + (Date.now() % 50)} 号`;
  await page.getByLabel('单位地址').fill(address);
  await page.getByRole('button', { name: '保存单位档案' }).click();
  await expect(page.getByText('单位档案已保存', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^单位档案已保存（/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('单位地址')).toHaveValue(address);
  await expect(page.getByLabel('手机号码')).toHaveAttribute('placeholder', '139****1234');

  // the subsidy is paid only to an account in the unit's own name: another name is refused at its field
  const accountName = page.getByLabel('账户名称');
  await accountName.fill('王建国');
  await page.getByRole('button', { name: '保存单位档案' }).click();
  const accountItem = page.locator('.ant-form-item').filter({ has: accountName });
  await expect(accountItem.getByText('账户名称应与单位名称“大连金港人力资源服务有限公司”一致：补贴只拨付到以本单位名称开立的账户。')).toBeVisible();
  await expect(accountName).toBeFocused();
  await recordScreen(page, '19-applicant-profile-account-name');

  // put back as it was, for the other tests
  await accountName.fill('大连金港人力资源服务有限公司');
  await page.getByLabel('单位地址').fill(ADDRESS);
  await page.getByRole('button', { name: '保存单位档案' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^单位档案已保存（/ })).toBeVisible();
  await expect(page.getByLabel('单位地址')).toHaveValue(ADDRESS);
});
