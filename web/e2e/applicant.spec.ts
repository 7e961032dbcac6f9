import { expect, test } from '@playwright/test';
import { recordScreen, signIn } from './support';
import { provideMaterialsOfOpenDraft } from './pages/materials';
import {
  CITY_LEVEL_FIGURES, DESCRIPTION, fillLabourPractice, fillYears, formItemOf, nextStep, openApplication, openNewApplication, submitWithConfirmation, typeName,
  yearInput,
} from './pages/applications';

const BRAND_NAME = '大连甘井子金港家政服务师劳务品牌';
const CITY_BRAND_NAME = '大连金港家政服务师劳务品牌';

test('an applicant unit fills in its application step by step, checks it, submits it and follows its pre-check and review', async ({ page }) => {
  // the whole form, the roster and the materials through the API, the pre-check and the review's progress
  test.slow();
  await signIn(page, 'applicant-a', /\/applications$/);
  await expect(page.getByRole('heading', { name: '我的申报' })).toBeVisible();
  await recordScreen(page, '10-applicant-list');

  // 基本信息: the unit comes from its profile; the name is checked against the naming rule as it is typed
  await openNewApplication(page);
  await expect(page.getByText('大连金港人力资源服务有限公司')).toBeVisible();
  await expect(page.getByText('甘井子区', { exact: true })).toBeVisible();
  await expect(page.getByLabel('申报单位名称')).toHaveCount(0);
  const brandName = page.getByLabel('劳务品牌名称', { exact: true });
  await typeName(page, '劳务品牌名称', '大连金港家政服务劳务品牌', false);
  await expect(formItemOf(page, brandName).getByText(/区级劳务品牌名称应在“大连”之后写明所在区市县或先导区/)).toBeVisible();
  await expect(formItemOf(page, brandName).getByText(/没有以工种结尾/)).toBeVisible();
  await expect(formItemOf(page, brandName).getByText('命名规则：大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌')).toBeVisible();
  await recordScreen(page, '11-applicant-form-name-check');
  await typeName(page, '劳务品牌名称', BRAND_NAME, true);
  await expect(formItemOf(page, brandName).getByText('区市县：甘井子')).toBeVisible();

  // ticking 市级 alone ticks 区级 too, and asks for the city-level name
  await page.getByRole('checkbox', { name: '市级' }).check();
  await expect(page.getByRole('checkbox', { name: '区级' })).toBeChecked();
  await expect(page.getByText('申报市级须同时申报区级，已同时勾选区级。')).toBeVisible();
  await typeName(page, '市级品牌名称', CITY_BRAND_NAME, true);

  // the draft is saved without the description, which is needed only to submit
  await expect(page.getByRole('status').filter({ hasText: /草稿已保存|正在保存/ })).toContainText('草稿已保存');
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}\/edit$/);
  await recordScreen(page, '12-applicant-form-basics');
  // the roster and the materials (the subject of roster.spec.ts) through the API
  await provideMaterialsOfOpenDraft(page, CITY_LEVEL_FIGURES);

  // 培训就业情况: a pass rate above 100 % is refused in Chinese next to the field, then corrected
  await nextStep(page, '培训就业情况');
  await expect(page.getByText('认定标准：区级 ≥ 500 人 / 市级 ≥ 1000 人').first()).toBeVisible();
  const passRate2021 = yearInput(page, 2021, 'trainingPassRatePercent');
  await passRate2021.fill('120');
  await expect(formItemOf(page, passRate2021).getByText('培训合格率应在 0 至 100 之间')).toBeVisible();
  await fillYears(page);
  await expect(formItemOf(page, passRate2021).getByText('培训合格率应在 0 至 100 之间')).toBeHidden();
  await recordScreen(page, '13-applicant-form-years');

  await nextStep(page, '劳动用工情况');
  await fillLabourPractice(page);

  // 提交前检查: the description is still missing, so 提交申报 stays off, and the list leads to the field
  await nextStep(page, '核对并提交');
  await expect(page.getByRole('heading', { name: '提交前检查' })).toBeVisible();
  const missing = page.getByRole('region', { name: '品牌简介' });
  await expect(missing).toContainText('请填写品牌简介');
  await expect(page.getByText(/^尚有 \d+ 项需要处理，处理完成后方可提交。$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '提交申报' })).toBeDisabled();
  await recordScreen(page, '14-applicant-form-checks');
  await missing.getByRole('button', { name: '去修改：品牌简介' }).click();
  await expect(page.locator('.ant-steps-item-active')).toContainText('基本信息');
  await expect(page.getByLabel('品牌简介')).toBeFocused();

  // the description is counted as the service counts it: line breaks are not counted
  await page.getByLabel('品牌简介').fill(DESCRIPTION);
  await expect(page.getByText(`已输入 ${DESCRIPTION.replace(/\n/g, '').length} / 2000 字`)).toBeVisible();
  await nextStep(page, '培训就业情况');
  await nextStep(page, '劳动用工情况');
  await nextStep(page, '核对并提交');
  await expect(page.getByText('已通过全部提交前检查，可以提交。')).toBeVisible();
  await expect(page.getByRole('button', { name: '提交申报' })).toBeEnabled();
  const summary = page.getByRole('region', { name: '核对申报内容' });
  await expect(summary.getByRole('cell', { name: '1120 人' })).toBeVisible();
  await expect(summary.getByRole('cell', { name: '88.2%' })).toBeVisible();
  await expect(summary.getByRole('cell', { name: CITY_BRAND_NAME })).toBeVisible();
  // and eligibility-service's preview of the figures as filled in: both levels met
  const preview = page.getByRole('region', { name: '资格预评估' });
  await expect(preview.getByText('区级标准：✓ 符合')).toBeVisible();
  await expect(preview.getByText('市级标准：✓ 符合')).toBeVisible();
  await recordScreen(page, '16-applicant-form-ready');

  const id = await submitWithConfirmation(page);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: BRAND_NAME })).toBeVisible();
  await expect(page.getByText('已提交', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤回申报' })).toBeVisible();

  // the eligibility pre-check arrives a moment after submitting: each criterion per year, against the city level too
  const assessment = page.locator('.ant-card').filter({ has: page.getByText('资格预审', { exact: true }) });
  await expect(assessment.getByText('区级标准：✓ 符合')).toBeVisible({ timeout: 30_000 });
  await expect(assessment.getByText('市级标准：✓ 符合')).toBeVisible();
  const trained2021 = assessment.getByRole('row').filter({ hasText: '培训人数' }).filter({ hasText: '2021年' });
  await expect(trained2021).toContainText('1120 人');
  await expect(trained2021).toContainText('≥ 500 人');
  await expect(trained2021).toContainText('✓ 符合');

  // the review's progress: submitted, then with the district
  const progress = page.locator('.ant-card').filter({ has: page.getByText('审核进度', { exact: true }) });
  await expect(progress).toContainText('提交申报');
  await expect(progress).toContainText('区级初审');
  await recordScreen(page, '17-applicant-detail');

  // and the list leads back to it (the newest of that name)
  await openApplication(page, BRAND_NAME);
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));
});
