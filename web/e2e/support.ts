import { expect, type Page } from '@playwright/test';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo@2022';

/** Where every test writes the screenshots of the screens it passes (web/target/screenshots/). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true });
}

/** Signs in through Keycloak's real login page, from the public page's 登录 button, and waits for the role's home. */
export async function signIn(page: Page, username: string, home: RegExp) {
  await page.goto('/');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(home);
}

/** Signs out through Keycloak and back to the public page. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}
