import { expect, test } from '@playwright/test';
import { followBrandMenu, recordScreen, signIn, signOut } from './support';

test('the city reads the industry guidance catalogue and the district its yearly reports to review', async ({ page }) => {
  // the city's catalogue, seeded with Dalian's entries, each in its GB/T 4754-2017 division
  await signIn(page, 'city-reviewer', /\/reviews$/);
  await followBrandMenu(page, '行业指导目录');
  await expect(page.getByRole('heading', { name: '行业指导目录' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'O-80-01' })).toContainText('家政服务');
  await expect(page.getByRole('row').filter({ hasText: 'O-80-01' })).toContainText('居民服务业');
  await expect(page.getByRole('row').filter({ hasText: 'C-37-01' })).toContainText('船舶焊接');
  await recordScreen(page, '71-city-catalogue');

  // an entry opens for revision with its code fixed
  await page.getByRole('button', { name: '修改 O-80-01 家政服务' }).click();
  const dialog = page.getByRole('dialog', { name: '修改指导目录条目 O-80-01' });
  await expect(dialog.getByLabel('目录编码')).toBeDisabled();
  await recordScreen(page, '72-city-catalogue-entry');
  await page.keyboard.press('Escape');
  await signOut(page);

  // the district's worklist of yearly reports
  await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
  await followBrandMenu(page, '年报审核');
  await expect(page.getByRole('heading', { name: '年报审核' })).toBeVisible();
  await recordScreen(page, '73-district-yearly-reports');
});
