import { expect, test } from '@playwright/test';
import { submittedCase } from './pages/cases';
import { decideAtDistrict } from './pages/review';
import { recordScreen, runWord, signIn, signOut } from './support';

const word = runWord();
const brandName = `大连甘井子金港母婴护理${word}月嫂劳务品牌`;
const cityBrandName = `大连金港母婴护理${word}月嫂劳务品牌`;

test('a unit chooses which messages also come by SMS; a decision always comes by e-mail', async ({ page }) => {
  await signIn(page, 'applicant-a', /\/applications$/);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '通知设置' }).click();
  await expect(page.getByRole('heading', { name: '通知设置' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '申报进展' })).toBeVisible();

  // a decision has legal weight: its e-mail cannot be switched off
  await expect(page.getByRole('switch', { name: '区级初审结果：电子邮件' })).toBeDisabled();
  await expect(page.getByRole('switch', { name: '区级初审结果：电子邮件' })).toBeChecked();
  await recordScreen(page, '85-notification-preferences');

  // the submission's receipt by SMS too, then back as it was: each change saved and read again after a reload
  const sms = page.getByRole('switch', { name: '申报书已提交：短信' });
  const before = await sms.isChecked();
  for (const on of [!before, before]) {
    await sms.click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByText('通知设置已保存').last()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('switch', { name: '申报书已提交：短信' })).toBeChecked({ checked: on });
  }
  await signOut(page);
});

test('after the district decides, the unit finds the decision in its inbox and the operator sees its e-mail sent', async ({ page, playwright }, testInfo) => {
  test.slow();
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await submittedCase(api, brandName, cityBrandName);
  await api.dispose();

  await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
  await decideAtDistrict(page, brandName);
  await signOut(page);

  await signIn(page, 'applicant-a', /\/applications$/);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /消息中心/ }).click();
  const decision = page.getByRole('listitem').filter({ hasText: `您单位的「${brandName}」已通过区级初审` });
  await expect(async () => {
    await page.reload();
    await expect(decision).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(decision).toContainText('区级初审结果');
  await recordScreen(page, '86-inbox-district-decision');
  await signOut(page);

  // the same decision by e-mail to the unit's contact, masked, sent once
  await signIn(page, 'operator', /\/operations$/);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '消息投递' }).click();
  await expect(page.getByRole('heading', { name: '消息投递' })).toBeVisible();
  const sent = page.getByRole('row').filter({ hasText: '区级初审结果' }).filter({ hasText: '电子邮件' }).first();
  await expect(async () => {
    await page.reload();
    await expect(sent).toContainText('已发送', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(sent).toContainText('***');
  await sent.getByRole('button', { name: '详情' }).click();
  await expect(page.getByRole('dialog')).toContainText('区级初审');
  await recordScreen(page, '87-operator-delivery-log');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await signOut(page);
});
