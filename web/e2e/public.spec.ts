import { expect, test } from '@playwright/test';
import { recordScreen } from './support';

test('a visitor reads the notices and the register of brands without signing in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '劳务品牌公示与名录' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '公示公告' })).toHaveAttribute('aria-selected', 'true');
  await recordScreen(page, '01-public-notices');

  await page.getByRole('tab', { name: '劳务品牌名录' }).click();
  await expect(page).toHaveURL(/\/public\/brands$/);
  await expect(page.getByRole('columnheader', { name: '证书编号' })).toBeVisible();
  await recordScreen(page, '02-public-brands');
});
