/** The reviewers' screens, step by step, for the tests that walk a case through the district, the city and the office. */
import { expect, type Page, type Response } from '@playwright/test';
import { todayInDalian } from '../support';
import { inspectAndConclude } from './inspection';

const isQueue = (response: Response) => new URL(response.url()).pathname === '/api/reviews/cases';

/** 2022-11-22 → 2022年11月22日, as the screens write dates. */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Pages on through the queue as it is shown (filtered or not) until the brand's row shows, and answers that row. */
export async function findInQueue(page: Page, brandName: string) {
  const row = page.getByRole('row', { name: new RegExp(brandName) });
  await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
  while (!(await row.isVisible())) {
    const next = page.getByRole('button', { name: '下一页' });
    expect(await next.isEnabled(), `评审案件中没有「${brandName}」`).toBe(true);
    await Promise.all([page.waitForResponse(isQueue), next.click()]);
    await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
  }
  return row;
}

/**
 * Opens the case of the brand from the queue (/reviews). The queue learns of a submitted application a moment later
 * (through Kafka), so the queue is read again until the case is there.
 */
export async function openCase(page: Page, brandName: string) {
  await expect(async () => {
    await Promise.all([page.waitForResponse(isQueue), page.goto('/reviews')]);
    await findInQueue(page, brandName);
  }).toPass({ timeout: 30_000 });
  await page.getByRole('link', { name: brandName, exact: true }).click();
  await expect(page.getByRole('heading', { name: brandName, level: 3 })).toBeVisible();
}

/** Picks one answer of a radio group by the group's label and the answer's words. */
async function choose(page: Page, group: string, answer: string) {
  await page.getByRole('radiogroup', { name: group }).getByLabel(answer, { exact: true }).check();
}

/** The district bureau inspects on site (concluding 查验属实), selects the brand at district level and recommends it for the city level. */
export async function decideAtDistrict(page: Page, brandName: string) {
  await openCase(page, brandName);
  await inspectAndConclude(page, todayInDalian());
  await choose(page, '入选区级劳务品牌', '是');
  await choose(page, '推荐申报市级', '是');
  await page.getByLabel('审核意见').fill('材料齐全，实地查验属实，推荐申报市级。');
  await page.getByRole('button', { name: '提交初审意见' }).click();
  await expect(page.getByText('初审意见已提交，请发布公示。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '发布公示' })).toBeVisible();
}

/** The district bureau publishes the notice from the given day (YYYY-MM-DD) for 5 working days. */
export async function startNotice(page: Page, brandName: string, startsOn: string) {
  await openCase(page, brandName);
  const date = page.getByLabel('公示开始日期');
  await date.click();
  await date.fill(startsOn);
  await date.press('Enter');
  await expect(page.getByText(new RegExp(`^公示期 ${chineseDate(startsOn)} 至 .+（5个工作日）$`))).toBeVisible();
  await page.getByRole('button', { name: '发布公示' }).click();
  await expect(page.getByText(`已发布公示，公示期 ${chineseDate(startsOn)} 至`)).toBeVisible();
  await expect(page.getByText(`公示中：公示期 ${chineseDate(startsOn)} 至`)).toBeVisible();
}

/** The city bureau passes the re-review. */
export async function reviewAtCity(page: Page, brandName: string) {
  await openCase(page, brandName);
  await choose(page, '复审结论', '通过');
  await page.getByLabel('复审意见').fill('复审通过。');
  await page.getByRole('button', { name: '提交复审意见' }).click();
  await expect(page.getByText('复审意见已提交，已报市就业工作领导小组办公室认定。')).toBeVisible();
}

/** The leading group office certifies the brand at city level, confirming in the dialog. */
export async function approveAtCity(page: Page, brandName: string) {
  await openCase(page, brandName);
  await choose(page, '认定结论', '予以认定');
  await choose(page, '认定级别', '市级');
  await page.getByLabel('认定意见').fill('核准为市级劳务品牌。');
  await page.getByRole('button', { name: '提交认定意见' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('已认定为市级劳务品牌。')).toBeVisible();
  await expect(page.getByText('认定结果')).toBeVisible();
}

/** The district bureau asks the unit to supplement the parts named (by their labels), with a note, in the default 3 working days. */
export async function requestSupplement(page: Page, parts: string[], note: string) {
  await page.getByRole('button', { name: '要求补充材料' }).click();
  const dialog = page.getByRole('dialog', { name: '要求补充材料' });
  await expect(dialog.getByLabel('补充期限（工作日）')).toHaveValue('3');
  for (const part of parts) {
    await dialog.getByRole('group', { name: '需要补充的内容' }).getByRole('checkbox', { name: part }).check();
  }
  await dialog.getByLabel('补充说明').fill(note);
  await dialog.getByRole('button', { name: '发送补充要求' }).click();
  await expect(page.getByText('已要求申报单位补充材料，单位补充后将重新提交至本部门审核。')).toBeVisible();
  await expect(dialog).toBeHidden();
}
