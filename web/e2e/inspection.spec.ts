import { expect, test, type Page } from '@playwright/test';
import { districtLevelApplicationSubmitted } from './pages/cases';
import {
  chooseFinding, concludeInspection, fillInspection, inspectionCard, saveInspection, uploadInspectionPhoto, waitForCriteria,
} from './pages/inspection';
import { openCase } from './pages/review';
import { recordScreen, runWord, signIn, signOut, todayInDalian } from './support';

/**
 * The 甘井子区 bureau inspects 大连金港人力资源服务有限公司 (applicant-a) on site: it opens the submitted case, fills in the
 * date, the two inspectors and a finding for every item of the checklist (the pre-check's criteria and the materials seen
 * on site, one with a discrepancy it explains), uploads a photo, saves, and concludes 查验属实; the record is then locked.
 */
test.describe.serial('the on-site inspection of a submitted case', () => {
  const word = runWord();
  const brandName = `大连甘井子金港物业${word}保洁员劳务品牌`;
  const conclusion = '经实地查验，营业执照原件、培训场地及培训记录与申报材料一致；花名册抽查 10 人，1 人已离职，其余属实，查验属实。';
  let page: Page;

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    page = await (await browser.newContext()).newPage();
    // the application is handed in through the API: its form is other tests' subject
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    await districtLevelApplicationSubmitted(api, 'applicant-a', brandName);
    await api.dispose();
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the 甘井子区 bureau fills in the checklist, uploads a photo and saves the record', async () => {
    test.slow();
    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await openCase(page, brandName);
    const card = inspectionCard(page);
    await expect(card.getByText('未填写', { exact: true })).toBeVisible();
    await waitForCriteria(page);
    // the pre-check's criteria first, then the materials to see on site
    await expect(card.getByRole('row', { name: /^培训人数/ })).toContainText('2021 年申报 620 人');
    await expect(card.getByRole('row', { name: /^营业执照（法人登记证书）原件/ })).toBeVisible();

    // the case opens today, and is inspected today
    await fillInspection(page, todayInDalian(), ['王立新', '刘佳']);
    // a discrepancy is explained, or the record is not saved
    await chooseFinding(page, '务工人员花名册抽查', '存在出入');
    await card.getByRole('button', { name: '保存查验记录' }).click();
    await expect(card.getByText('存在出入的，请写明出入情况')).toBeVisible();
    await card.getByLabel('务工人员花名册抽查的说明').fill('抽查 10 人，其中 1 人已于 2022 年 9 月离职，其余在岗情况属实。');
    await uploadInspectionPhoto(page, '培训场地现场照片.jpg');
    await saveInspection(page);
    await expect(card.getByText('填写中', { exact: true })).toBeVisible();
    await recordScreen(page, '80-district-inspection-form');
  });

  test('the bureau concludes 查验属实 and the record is locked', async () => {
    await page.reload();
    const card = inspectionCard(page);
    // what was saved is there again
    await expect(card.getByLabel('务工人员花名册抽查的说明')).toHaveValue('抽查 10 人，其中 1 人已于 2022 年 9 月离职，其余在岗情况属实。');
    await expect(card.getByRole('button', { name: '下载 培训场地现场照片.jpg' })).toBeVisible();

    await card.getByRole('button', { name: '作出查验结论' }).click();
    const dialog = page.getByRole('dialog', { name: '作出查验结论' });
    await expect(dialog.getByText('作出结论后，查验记录将锁定，不能再修改。')).toBeVisible();
    await recordScreen(page, '81-district-inspection-conclusion');
    await dialog.getByRole('button', { name: '取消' }).click();
    await concludeInspection(page, true, conclusion);

    await expect(card.getByText(conclusion)).toBeVisible();
    await expect(card.getByRole('button', { name: '保存查验记录' })).toHaveCount(0);
    await page.reload();
    await expect(inspectionCard(page).getByText('查验结论：查验属实')).toBeVisible();
    await expect(inspectionCard(page).getByText('王立新、刘佳')).toBeVisible();
    await expect(inspectionCard(page).getByRole('row', { name: /^务工人员花名册抽查/ })).toContainText('存在出入');
    await expect(inspectionCard(page).getByRole('button', { name: '下载 培训场地现场照片.jpg' })).toBeVisible();
    await recordScreen(page, '82-district-inspection-concluded');
    await signOut(page);
  });
});
