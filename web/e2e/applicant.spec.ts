import { expect, test } from '@playwright/test';
import { recordScreen, signIn } from './support';
import {
  fillBasics, fillLabourPractice, fillYears, formItemOf, nextStep, openApplication, submitWithConfirmation, yearInput,
} from './pages/applications';

test('an applicant unit fills in its application step by step, submits it and follows its pre-check and review', async ({ page }) => {
  const brandName = `大连甘井子金港家政服务师劳务品牌${Date.now() % 100000}`;
  await signIn(page, 'applicant-a', /\/applications$/);
  await expect(page.getByRole('heading', { name: '我的申报' })).toBeVisible();
  await recordScreen(page, '10-applicant-list');

  // 基本信息: the draft is saved as soon as it is complete
  await fillBasics(page, brandName);
  await recordScreen(page, '11-applicant-form-basics');

  // 培训就业情况: a pass rate above 100 % is refused in Chinese next to the field, then corrected
  await nextStep(page, '培训就业情况');
  await expect(page.getByText('认定标准：区级 ≥ 500 人 / 市级 ≥ 1000 人').first()).toBeVisible();
  const passRate2021 = yearInput(page, 2021, 'trainingPassRatePercent');
  await passRate2021.fill('120');
  await expect(formItemOf(page, passRate2021).getByText('培训合格率应在 0 至 100 之间')).toBeVisible();
  await fillYears(page);
  await expect(formItemOf(page, passRate2021).getByText('培训合格率应在 0 至 100 之间')).toBeHidden();
  await recordScreen(page, '12-applicant-form-years');

  await nextStep(page, '劳动用工情况');
  await fillLabourPractice(page);
  await nextStep(page, '核对并提交');
  await expect(page.getByRole('cell', { name: '1120 人' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '88.2%' })).toBeVisible();
  await recordScreen(page, '13-applicant-form-confirm');

  const id = await submitWithConfirmation(page);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: brandName })).toBeVisible();
  await expect(page.getByText('已提交', { exact: true })).toBeVisible();

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
  await recordScreen(page, '14-applicant-detail');

  // and the list leads back to it
  await openApplication(page, brandName);
});
