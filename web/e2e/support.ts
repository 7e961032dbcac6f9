import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo@2022-Dalian';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
/** The demo realm's client with the password grant (no OTP); the SPA's own client has none. */
const TEST_CLIENT = 'demo-test-cli';

/** An access token of a demo user, from Keycloak's token endpoint (the demo realm's test client, password grant). */
export async function tokenOf(api: APIRequestContext, username: string): Promise<string> {
  const response = await api.post(`${KEYCLOAK_URL}/realms/laborbrand/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: TEST_CLIENT, username, password: PASSWORD },
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

interface RealmUser {
  username: string;
  credentials?: { type: string; secretData?: string }[];
}

/** The demo users' TOTP secrets (Base32), from the realm file the platform imports (the README lists them too). */
const OTP_SECRETS: Map<string, string> = new Map(
  (JSON.parse(readFileSync(new URL('../../deploy/keycloak/laborbrand-realm.json', import.meta.url), 'utf8')).users as RealmUser[])
    .flatMap((user) => (user.credentials ?? []).filter((c) => c.type === 'otp')
      .map((c) => [user.username, JSON.parse(c.secretData ?? '{}').value as string] as [string, string])),
);

const PERIOD_SECONDS = 30;

/** RFC 6238 (TOTP, HMAC-SHA-1, 6 digits, 30 s) over a Base32 secret, as Keycloak and an authenticator app compute it. */
export function totp(secret: string, step: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The last time step a code was used in, per user: Keycloak takes each code once. */
const usedSteps = new Map<string, number>();

/** A code of the current period not used before, waiting for the next period if this one's was. */
async function freshCode(username: string, secret: string): Promise<string> {
  let step = Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
  if (step <= (usedSteps.get(username) ?? -1)) {
    await sleep((step + 1) * PERIOD_SECONDS * 1000 - Date.now() + 200);
    step = Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
  }
  usedSteps.set(username, step);
  return totp(secret, step);
}

/**
 * Signs in through Keycloak's real login page, from the public page's 登录 button, and waits for the role's home.
 * The leading group and finance answer the one-time-password form too, with a code from their demo secret.
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
  const secret = OTP_SECRETS.get(username);
  if (secret) {
    await page.locator('#otp').fill(await freshCode(username, secret));
    await page.locator('#kc-login').click();
  }
  // back on the SPA: the code is exchanged and the role's home loads, two more round trips to Keycloak
  await expect(page).toHaveURL(home, { timeout: 30_000 });
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
