import { expect, test, type Page } from '@playwright/test';
import { provideMaterials } from './pages/materials';
import { recordScreen, runWord, signIn, signOut, tokenOf } from './support';
import {
  createAndSubmitApplication, DESCRIPTION, DISTRICT_LEVEL_FIGURES, expectReady, formItemOf, nextStep, openApplication,
  submitWithConfirmation, yearInput,
} from './pages/applications';
import { openCase, requestSupplement } from './pages/review';

/**
 * A supplement round trip and a withdrawal, by 大连海湾职业培训学校 (applicant-b, 金州区) and the 金州区 bureau: the
 * bureau asks for the yearly figures, the school corrects 2022's pass rate and hands the application in again, and the
 * case is back in the bureau's district review with its history; then the school withdraws another application.
 * Each run names its brands with a word of its own, so that the queue holds one case of each.
 */
test.describe.serial('a supplement asked by the district and a withdrawal', () => {
  const word = runWord();
  const brandName = `大连金州海湾${word}电工劳务品牌`;
  const withdrawnName = `大连金州海湾${word}焊工劳务品牌`;
  const note = '请核实 2022 年度培训合格率，并补充考核记录。';
  let page: Page;

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    page = await (await browser.newContext()).newPage();
    // the application to withdraw is handed in through the API: its form is the other test's subject
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const applicant = { Authorization: `Bearer ${await tokenOf(api, 'applicant-b')}` };
    const created = await api.post('/api/applications', {
      headers: applicant,
      data: {
        brandName: withdrawnName,
        description: DESCRIPTION,
        requestedLevels: ['DISTRICT'],
        declaredYears: Object.entries(DISTRICT_LEVEL_FIGURES).map(([year, figures]) => ({ year: Number(year), ...figures })),
        labourPractice: { contractSigningRatePercent: 100, employmentFilingRatePercent: 100, collectiveContractInForce: true,
          labourRelationsCoordinators: 1, massLabourDisputeOccurred: false },
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const createdId = (await created.json()).id as string;
    await provideMaterials(api, applicant.Authorization.slice('Bearer '.length), createdId, DISTRICT_LEVEL_FIGURES);
    const submitted = await api.post(`/api/applications/${createdId}/submit`, { headers: applicant });
    expect(submitted.ok(), await submitted.text()).toBe(true);
    await api.dispose();
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the school submits a district-level application', async () => {
    await signIn(page, 'applicant-b', /\/applications$/);
    await createAndSubmitApplication(page, { brandName }, DISTRICT_LEVEL_FIGURES);
    await expect(page.getByText('已提交', { exact: true })).toBeVisible();
    await signOut(page);
  });

  test('the 金州区 bureau reads the name check and asks for the yearly figures with a note', async () => {
    await signIn(page, 'reviewer-jinzhou', /\/reviews$/);
    await openCase(page, brandName);
    const names = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '命名规则检查' }) });
    await expect(names.getByText('区级品牌名称')).toBeVisible();
    await expect(names.getByText('符合命名规则', { exact: true })).toBeVisible();
    await expect(names.getByText('区市县：金州')).toBeVisible();
    await recordScreen(page, '23-district-case-name-check');

    await page.getByRole('button', { name: '要求补充材料' }).click();
    const dialog = page.getByRole('dialog', { name: '要求补充材料' });
    await dialog.getByRole('button', { name: '发送补充要求' }).click();
    await expect(dialog.getByText('请选择需要补充的内容')).toBeVisible();
    await expect(dialog.getByText('请写明需要补充什么、为什么')).toBeVisible();
    await recordScreen(page, '24-district-supplement-request');
    await dialog.getByRole('button', { name: '取消' }).click();

    await requestSupplement(page, ['各年度培训与就业数据'], note);
    await expect(page.getByText('已要求申报单位补充材料，等待其补充后重新提交')).toBeVisible();
    await expect(page.getByRole('heading', { name: '区级初审意见' })).toHaveCount(0);
    const history = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '评审记录' }) });
    await expect(history.getByText('要求补充材料')).toBeVisible();
    await expect(history.getByText(new RegExp(`请补充：各年度培训与就业数据。${note}（请于 \\d{4}年\\d{1,2}月\\d{1,2}日 前补充后重新提交）`))).toBeVisible();
    await signOut(page);
  });

  test('the school sees what is asked, corrects 2022\'s pass rate and hands the application in again', async () => {
    await signIn(page, 'applicant-b', /\/applications$/);
    // the request reaches intake through Kafka a moment later
    await expect(async () => {
      await openApplication(page, brandName);
      // the status tag (the review's progress may say the same once it has heard of the request)
      await expect(page.getByText('待补充材料', { exact: true }).first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const asked = page.getByRole('alert').filter({ hasText: '区人社部门要求补充材料' });
    await expect(asked).toContainText(/区人社部门要求补充材料：请于 \d{4}年\d{1,2}月\d{1,2}日 前补充/);
    await expect(asked).toContainText('需要补充：各年度培训与就业数据');
    await expect(asked).toContainText(`补充说明：${note}`);
    await recordScreen(page, '25-applicant-supplement-asked');

    await asked.getByRole('button', { name: '补充材料' }).click();
    await expect(page.getByRole('heading', { name: '补充材料' })).toBeVisible();
    await expect(page.getByLabel('劳务品牌名称', { exact: true })).toBeDisabled();
    await expect(page.getByLabel('品牌简介')).toBeDisabled();
    await nextStep(page, '培训就业情况');
    const passRate2022 = yearInput(page, 2022, 'trainingPassRatePercent');
    await expect(passRate2022).toBeEnabled();
    await passRate2022.fill('86.2');
    await expect(formItemOf(page, passRate2022)).not.toContainText('培训合格率应在');
    await recordScreen(page, '26-applicant-supplement-editor');
    await nextStep(page, '劳动用工情况');
    await expect(page.getByLabel('劳动合同签订率（%）')).toBeDisabled();
    await nextStep(page, '核对并提交');
    await expectReady(page);
    await expect(page.getByRole('region', { name: '核对申报内容' }).getByRole('cell', { name: '86.2%' })).toBeVisible();
    // the corrected rate now meets the district level, as eligibility-service's preview says
    await expect(page.getByRole('region', { name: '资格预评估' }).getByText('区级标准：✓ 符合')).toBeVisible();
    await submitWithConfirmation(page, true);
    await expect(page.getByText('已提交', { exact: true })).toBeVisible();
    await signOut(page);
  });

  test('the 金州区 bureau finds the case back in district review with its history', async () => {
    await signIn(page, 'reviewer-jinzhou', /\/reviews$/);
    await expect(async () => {
      await openCase(page, brandName);
      await expect(page.locator('.ant-descriptions-item').filter({ hasText: '当前环节' })).toContainText('区级初审', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const history = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '评审记录' }) });
    await expect(history.getByText('要求补充材料')).toBeVisible();
    await expect(history.getByText('补充材料后重新提交')).toBeVisible();
    await expect(history.getByText('第 1 次补充后重新提交，补充内容：各年度培训与就业数据。')).toBeVisible();
    await expect(page.getByRole('heading', { name: '区级初审意见' })).toBeVisible();
    await recordScreen(page, '27-district-case-resubmitted');
    await signOut(page);
  });

  test('the school withdraws its other application, saying why', async () => {
    await signIn(page, 'applicant-b', /\/applications$/);
    await openApplication(page, withdrawnName);
    await page.getByRole('button', { name: '撤回申报' }).click();
    const dialog = page.getByRole('dialog', { name: '撤回申报' });
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await expect(dialog.getByText('请说明撤回的原因')).toBeVisible();
    await dialog.getByLabel('撤回原因').fill('焊工培训基地搬迁，本年度培训数据需重新核实，下一批次再申报。');
    await recordScreen(page, '28-applicant-withdraw');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await expect(page.getByText('申报已撤回', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('已撤回', { exact: true })).toBeVisible();
    await expect(page.getByText('撤回原因：焊工培训基地搬迁，本年度培训数据需重新核实，下一批次再申报。')).toBeVisible();
    await expect(page.getByRole('button', { name: '撤回申报' })).toHaveCount(0);
    await recordScreen(page, '29-applicant-withdrawn');

    await page.goto('/applications');
    const row = page.getByRole('row').filter({ hasText: withdrawnName });
    await expect(row.getByText('已撤回')).toBeVisible();
    await signOut(page);
  });
});
