import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './support';

interface StoredUser {
  access_token: string;
  refresh_token?: string;
  expires_at: number;
}

/** The signed-in user as oidc-client-ts keeps it in the tab's session storage. */
async function storedUser(page: Page): Promise<StoredUser> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return JSON.parse(key ? sessionStorage.getItem(key)! : 'null');
  });
}

test('a signed-in person\'s access token is renewed with the refresh token before it expires, without a page change', async ({ page }) => {
  // given applicant-a signed in, with a token that (as the tab believes) expires in 30 seconds
  await signIn(page, 'applicant-a', /\/applications$/);
  const first = await storedUser(page);
  expect(first.refresh_token, 'Keycloak gave the SPA a refresh token').toBeTruthy();
  await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'))!;
    const user = JSON.parse(sessionStorage.getItem(key)!);
    sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: Math.floor(Date.now() / 1000) + 30 }));
  });

  // when the page is opened again
  await page.reload();

  // then a new access token arrives from Keycloak in the background, and the unit's list loads with it
  await expect.poll(async () => (await storedUser(page)).access_token, { timeout: 20_000 }).not.toBe(first.access_token);
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.getByRole('heading', { name: '我的申报' })).toBeVisible();
  await signOut(page);
});
