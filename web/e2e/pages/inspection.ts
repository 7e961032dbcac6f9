/** The district bureau's on-site inspection (实地查验) on the case page, as a reviewer fills it in. */
import { expect, type Page } from '@playwright/test';

/** The smallest file the platform takes as a JPEG photo (its type is read from the bytes): 1×1 pixel. */
export const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////'
  + '////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

/** The 实地查验 card of the case open on the page. */
export function inspectionCard(page: Page) {
  return page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '实地查验', level: 4 }) });
}

/** The pre-check arrives a moment after the case opens (through Kafka); the card reads the record again until its criteria are listed. */
export async function waitForCriteria(page: Page) {
  await expect(inspectionCard(page).getByText('资格预审结果尚未生成')).toHaveCount(0, { timeout: 30_000 });
}

/** Picks a finding (核实属实, 存在出入, 不适用) for the checklist item of that label. */
export async function chooseFinding(page: Page, item: string, finding: string) {
  await inspectionCard(page).getByRole('combobox', { name: `${item}的核查结果` }).click();
  // the open list only: lists opened before stay in the page, hidden
  await page.locator('.ant-select-dropdown .ant-select-item-option:visible', { hasText: finding }).click();
}

/** The date (YYYY-MM-DD), the inspectors as tags, and 核实属实 for every item of the checklist. */
export async function fillInspection(page: Page, inspectedOn: string, inspectors: string[]) {
  const card = inspectionCard(page);
  const date = card.getByLabel('查验日期');
  await date.click();
  await date.fill(inspectedOn);
  await date.press('Enter');
  const names = card.getByRole('combobox', { name: '查验人员' });
  for (const name of inspectors) {
    await names.pressSequentially(name);
    await names.press('Enter');
  }
  const items = await card.getByRole('row').filter({ has: page.getByRole('combobox', { name: /的核查结果$/ }) }).all();
  for (const row of items) {
    const label = (await row.getByRole('combobox').getAttribute('aria-label'))!.replace(/的核查结果$/, '');
    await chooseFinding(page, label, '核实属实');
  }
}

/** Uploads a photo of the inspection and waits until it is on the record's list. */
export async function uploadInspectionPhoto(page: Page, name: string) {
  const card = inspectionCard(page);
  await card.locator('input[type=file]').setInputFiles({ name, mimeType: 'image/jpeg', buffer: JPEG });
  await expect(card.getByRole('button', { name: `下载 ${name}` })).toBeVisible();
}

export async function saveInspection(page: Page) {
  await inspectionCard(page).getByRole('button', { name: '保存查验记录' }).click();
  await expect(page.getByText('查验记录已保存。')).toBeVisible();
}

/** Concludes the record in its confirm dialog: 查验属实 (or not) with the conclusion written out. */
export async function concludeInspection(page: Page, confirmed: boolean, conclusion: string) {
  await inspectionCard(page).getByRole('button', { name: '作出查验结论' }).click();
  const dialog = page.getByRole('dialog', { name: '作出查验结论' });
  await dialog.getByLabel(confirmed ? '查验属实' : '查验不属实', { exact: true }).check();
  await dialog.getByLabel('结论意见').fill(conclusion);
  await dialog.getByRole('button', { name: '确认作出结论' }).click();
  await expect(dialog).toBeHidden();
  await expect(inspectionCard(page).getByText(`查验结论：${confirmed ? '查验属实' : '查验不属实'}`)).toBeVisible();
}

/**
 * The whole inspection of the case open on the page, on the given day, concluded 查验属实: what the district decision
 * needs before it is taken.
 */
export async function inspectAndConclude(page: Page, inspectedOn: string) {
  await waitForCriteria(page);
  await fillInspection(page, inspectedOn, ['王立新', '刘佳']);
  await concludeInspection(page, true, '经实地查验，营业执照原件、培训场地及培训记录、花名册抽查情况与申报材料一致，查验属实。');
}
