import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo@2022-Dalian';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

/** An access token of a demo user, from Keycloak's token endpoint (the SPA's client, password grant). */
export async function tokenOf(api: APIRequestContext, username: string): Promise<string> {
  const response = await api.post(`${KEYCLOAK_URL}/realms/laborbrand/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'spa', username, password: PASSWORD },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).access_token as string;
}

/** Today in Dalian, YYYY-MM-DD. */
export function todayInDalian(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The first working day from today by the official calendar, as the service counts it (a period of one working day
 * starting today ends on it): the day a notice published now starts.
 */
export async function firstNoticeDay(api: APIRequestContext, reviewerToken: string): Promise<string> {
  const response = await api.get('/api/reviews/calendar/period', {
    headers: { Authorization: `Bearer ${reviewerToken}` },
    params: { startsOn: todayInDalian(), workingDays: 1 },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).endsOn as string;
}

/** With demonstration data, an operator lets the working days of a case's notice pass (its last day was yesterday). */
export async function letNoticeDaysPass(api: APIRequestContext, caseId: string) {
  const response = await api.post(`/api/reviews/cases/${caseId}/publicity/elapse`, {
    headers: { Authorization: `Bearer ${await tokenOf(api, 'operator')}` },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

const NUMERALS = '零一二三四五六七八九';

/**
 * Five Chinese numerals that differ from run to run, for a brand name of its own that still follows the naming rule
 * (which wants the name to end with 劳务品牌: the word goes inside the industry part), e.g. 大连金州海湾三七二一五电工劳务品牌.
 */
export function runWord(): string {
  return String(Date.now() % 100_000).padStart(5, '0').replace(/\d/g, (digit) => NUMERALS[Number(digit)]);
}

/**
 * Records a main screen: a screenshot under web/target/screenshots/, and an accessibility check (axe, WCAG 2 A and AA:
 * labels, names, contrast, keyboard reachability) that fails the test on any serious or critical violation.
 */
export async function recordScreen(page: Page, name: string) {
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `accessibility of ${name}`).toEqual([]);
}

/**
 * Signs in through Keycloak's real login page, from the public page's 登录 button, and waits for the role's home.
 * Keycloak's page is photographed when asked (its accessibility is Keycloak's).
 */
export async function signIn(page: Page, username: string, home: RegExp, loginScreenshot?: string) {
  await page.goto('/');
  await page.getByRole('button', { name: '登录' }).click();
  if (loginScreenshot) {
    await page.locator('#kc-login').waitFor();
    await page.screenshot({ path: `target/screenshots/${loginScreenshot}.png`, fullPage: true });
  }
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(home);
}

/**
 * Follows an entry of 劳务品牌管理 in the side menu, opening the submenu first when it is closed (it is open on a
 * /brands page; a person with a single brand entry has it as a plain entry, without the submenu).
 */
export async function followBrandMenu(page: Page, entry: string) {
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await menu.waitFor();
  const group = menu.getByRole('menuitem', { name: '劳务品牌管理' });
  if (await group.count() > 0 && (await group.getAttribute('aria-expanded')) !== 'true') {
    await group.click();
  }
  await menu.getByRole('link', { name: entry, exact: true }).click();
}

/** Signs out through Keycloak and back to the public page. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}
