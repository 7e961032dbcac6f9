import { expect, test } from '@playwright/test';
import { recordScreen, signIn, signOut } from './support';

test('the operator keeps the districts that accept applications and reads the campaigns', async ({ page }) => {
  await signIn(page, 'operator', /\/operations$/);
  await expect(page.getByRole('heading', { name: '区市县与先导区' })).toBeVisible();

  // the ten official places and the pilot zones, each with its kind
  const districts = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '区市县与先导区' }) });
  await expect(districts.getByRole('row').filter({ hasText: '210211' })).toContainText('甘井子区');
  await expect(districts.getByRole('row').filter({ hasText: 'DLXD01' })).toContainText('金普新区');
  await expect(districts.getByRole('row').filter({ hasText: 'DLXD02' })).toContainText('先导区');

  // the campaigns: the current one open, the historical one closed
  const campaigns = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '申报批次' }) });
  await expect(campaigns.getByRole('row').filter({ hasText: /^2026/ })).toContainText('受理中');
  await expect(campaigns.getByRole('row').filter({ hasText: /^2022/ })).toContainText('2021年、2022年');
  await expect(campaigns.getByRole('row').filter({ hasText: /^2022/ })).toContainText('5 个工作日');
  await recordScreen(page, '61-operator-districts-campaigns');

  // the notice reference of the demo campaign is corrected, then put back (each change names the version it changes)
  for (const reference of ['演示数据，非正式文件（已核对）', '演示数据，非正式文件']) {
    await campaigns.getByRole('button', { name: '修改申报批次 2026' }).click();
    const dialog = page.getByRole('dialog', { name: '修改申报批次 2026' });
    await expect(dialog.getByLabel('批次代码')).toBeDisabled();
    await dialog.getByLabel('依据文件').fill(reference);
    if (reference.endsWith('（已核对）')) await recordScreen(page, '62-operator-campaign-form');
    await dialog.getByRole('button', { name: '保存' }).click();
    // the first round's message may still be showing in the second
    await expect(page.getByText('申报批次 2026 已修改').last()).toBeVisible();
    await expect(campaigns.getByRole('row').filter({ hasText: /^2026/ })).toContainText(reference);
  }

  // 长海县 stops accepting applications, then starts again (each change names the version it changes)
  const changhai = page.getByRole('switch', { name: '长海县受理申报' });
  await expect(changhai).toBeChecked();
  await changhai.click();
  await expect(page.getByText('长海县已暂停受理申报')).toBeVisible();
  await expect(changhai).not.toBeChecked();
  await changhai.click();
  await expect(page.getByText('长海县已恢复受理申报')).toBeVisible();
  await expect(changhai).toBeChecked();
  await signOut(page);
});
