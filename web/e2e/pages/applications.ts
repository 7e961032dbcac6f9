import { expect, type Page } from '@playwright/test';

/** The applicant's pages as a person uses them: by their labels and buttons, typing and clicking. */

export interface YearFigures {
  trainedCount: number;
  trainingPassRatePercent: number;
  employedCount: number;
  speciallyTrainedSharePercent: number;
  lostDisputeCases: number;
  unfinishedRectifications: number;
}

/** Figures that meet the city level (≥ 1000 trained and employed, pass rate > 80 %, share ≥ 50 %) in both years. */
export const CITY_LEVEL_FIGURES: Record<number, YearFigures> = {
  2021: { trainedCount: 1120, trainingPassRatePercent: 86.5, employedCount: 1050, speciallyTrainedSharePercent: 62, lostDisputeCases: 0, unfinishedRectifications: 0 },
  2022: { trainedCount: 1280, trainingPassRatePercent: 88.2, employedCount: 1190, speciallyTrainedSharePercent: 65.4, lostDisputeCases: 0, unfinishedRectifications: 0 },
};

const YEAR_LABELS: Record<keyof YearFigures, string> = {
  trainedCount: '培训人数',
  trainingPassRatePercent: '培训合格率（%）',
  employedCount: '自主吸纳或有组织输出就业人数',
  speciallyTrainedSharePercent: '经过特色职业培训的人员所占比例（%）',
  lostDisputeCases: '劳动争议败诉案件数',
  unfinishedRectifications: '未完成整改事项数',
};

/** The input of one year's figure, e.g. "2021年度 培训人数". */
export function yearInput(page: Page, year: number, field: keyof YearFigures) {
  return page.getByLabel(`${year}年度 ${YEAR_LABELS[field]}`, { exact: true });
}

/** The form item around an input, where its error is shown. */
export function formItemOf(page: Page, input: ReturnType<Page['getByLabel']>) {
  return page.locator('.ant-form-item').filter({ has: input });
}

/** From the applicant's home (我的申报), opens a new application and fills 基本信息; the draft is then saved. */
export async function fillBasics(page: Page, brandName: string) {
  await page.goto('/applications');
  await page.getByRole('button', { name: '新建申报' }).click();
  await expect(page.getByRole('heading', { name: '新建申报' })).toBeVisible();
  await page.getByLabel('劳务品牌名称').fill(brandName);
  await page.getByLabel('申报单位名称').fill('大连金港人力资源服务有限公司');
  await page.getByLabel('申报单位类型').click();
  await page.getByTitle('人力资源服务机构').click();
  await page.getByRole('checkbox', { name: '区级' }).check();
  await page.getByRole('checkbox', { name: '市级' }).check();
  await expect(page.getByRole('status')).toContainText('草稿已保存');
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}\/edit$/);
}

/** Goes on to the next step once the form takes the step's fields. */
export async function nextStep(page: Page, title: string) {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('.ant-steps-item-active')).toContainText(title);
}

export async function fillYears(page: Page, figures: Record<number, YearFigures> = CITY_LEVEL_FIGURES) {
  for (const [year, row] of Object.entries(figures)) {
    for (const [field, value] of Object.entries(row) as [keyof YearFigures, number][]) {
      await yearInput(page, Number(year), field).fill(String(value));
    }
  }
}

/** 劳动用工情况 as the criteria ask: every contract signed and filed, a collective contract, two coordinators, no mass dispute. */
export async function fillLabourPractice(page: Page) {
  await page.getByLabel('劳动合同签订率（%）').fill('100');
  await page.getByLabel('劳动用工备案率（%）').fill('100');
  await page.getByRole('radiogroup', { name: '是否有在有效期内的集体合同' }).getByRole('radio', { name: '是' }).check();
  await page.getByLabel('劳动关系协调员人数').fill('2');
  await page.getByRole('radiogroup', { name: '是否发生群体性劳动纠纷' }).getByRole('radio', { name: '否' }).check();
}

/** Submits from 核对并提交 through the confirmation, and answers the application's id from the detail page it lands on. */
export async function submitWithConfirmation(page: Page): Promise<string> {
  await page.getByRole('button', { name: '提交申报' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('确认提交');
  await expect(dialog).toContainText('提交后申报书将报送至所在区市县人社部门，不能再修改。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByText('申报书已提交', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Creates an application that meets the city level for both years and submits it; answers its id. */
export async function createAndSubmitApplication(page: Page, brandName: string): Promise<string> {
  await fillBasics(page, brandName);
  await nextStep(page, '培训就业情况');
  await fillYears(page);
  await nextStep(page, '劳动用工情况');
  await fillLabourPractice(page);
  await nextStep(page, '核对并提交');
  return submitWithConfirmation(page);
}

/** Opens an application from 我的申报 by its brand name. */
export async function openApplication(page: Page, brandName: string) {
  await page.goto('/applications');
  await page.getByRole('link', { name: brandName, exact: true }).click();
  await expect(page.getByRole('heading', { name: brandName })).toBeVisible();
}
