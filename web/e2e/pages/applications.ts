import { expect, type Page } from '@playwright/test';
import { provideMaterialsOfOpenDraft } from './materials';

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

/** Figures that meet the district level (≥ 500 trained and employed) in both years. */
export const DISTRICT_LEVEL_FIGURES: Record<number, YearFigures> = {
  2021: { trainedCount: 620, trainingPassRatePercent: 84, employedCount: 560, speciallyTrainedSharePercent: 55, lostDisputeCases: 0, unfinishedRectifications: 0 },
  2022: { trainedCount: 680, trainingPassRatePercent: 85.5, employedCount: 610, speciallyTrainedSharePercent: 57.5, lostDisputeCases: 0, unfinishedRectifications: 0 },
};

export const DESCRIPTION = '依托本单位培训基地，常年开展标准化职业技能培训，\n学员经考核合格后由本单位推荐就业，形成了稳定的就业渠道和良好的社会口碑。';

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

/** The form item around an input, where its error and its help are shown. */
export function formItemOf(page: Page, input: ReturnType<Page['getByLabel']>) {
  return page.locator('.ant-form-item').filter({ has: input });
}

/** What 基本信息 asks: the district-level name, the city-level one when the city level is asked too, the description. */
export interface BasicInfo {
  brandName: string;
  /** asks the city level too */
  cityBrandName?: string;
  description?: string;
}

/** From the applicant's home (我的申报), opens a new application. */
export async function openNewApplication(page: Page) {
  await page.goto('/applications');
  await page.getByRole('button', { name: '新建申报' }).click();
  await expect(page.getByRole('heading', { name: '新建申报' })).toBeVisible();
}

/** Types a name and waits for the naming rule's verdict under it (符合命名规则, or 不符合命名规则 with the findings). */
export async function typeName(page: Page, label: '劳务品牌名称' | '市级品牌名称', name: string, passes: boolean) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(name);
  await expect(formItemOf(page, input).getByText(passes ? '符合命名规则' : '不符合命名规则', { exact: true })).toBeVisible();
}

/** Fills 基本信息 of a new application; the draft is then saved. */
export async function fillBasics(page: Page, info: BasicInfo) {
  await openNewApplication(page);
  await typeName(page, '劳务品牌名称', info.brandName, true);
  await page.getByRole('checkbox', { name: '区级' }).check();
  if (info.cityBrandName) {
    await page.getByRole('checkbox', { name: '市级' }).check();
    await typeName(page, '市级品牌名称', info.cityBrandName, true);
  }
  await page.getByLabel('品牌简介').fill(info.description ?? DESCRIPTION);
  await expect(page.getByRole('status').filter({ hasText: /草稿已保存|正在保存/ })).toContainText('草稿已保存');
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

/** On 核对并提交: waits until 提交前检查 says everything passed. */
export async function expectReady(page: Page) {
  await expect(page.getByText('已通过全部提交前检查，可以提交。')).toBeVisible();
}

/**
 * Submits (or, after a supplement, resubmits) from 核对并提交 through the confirmation, and answers the application's
 * id from the detail page it lands on.
 */
export async function submitWithConfirmation(page: Page, resubmit = false): Promise<string> {
  await expectReady(page);
  await page.getByRole('button', { name: resubmit ? '重新提交' : '提交申报' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(resubmit ? '确认重新提交' : '确认提交');
  await expect(dialog).toContainText(resubmit ? '重新提交后申报书将再次报送至区人社部门审核' : '提交后申报书将报送至所在区市县人社部门，不能再修改。');
  await dialog.getByRole('button', { name: resubmit ? '确认重新提交' : '确认提交' }).click();
  await expect(page.getByText(resubmit ? '补充材料已提交，申报书已重新报送区人社部门' : '申报书已提交', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Creates an application with the figures given (meeting the city level by default) and submits it; answers its id. */
export async function createAndSubmitApplication(page: Page, info: BasicInfo, figures: Record<number, YearFigures> = CITY_LEVEL_FIGURES) {
  await fillBasics(page, info);
  // the roster and the materials, which are not this form's subject, through the API
  await provideMaterialsOfOpenDraft(page, figures);
  await nextStep(page, '培训就业情况');
  await fillYears(page, figures);
  await nextStep(page, '劳动用工情况');
  await fillLabourPractice(page);
  await nextStep(page, '核对并提交');
  return submitWithConfirmation(page);
}

/** Opens an application from 我的申报 by its brand name (the newest of that name: the list is newest first). */
export async function openApplication(page: Page, brandName: string) {
  await page.goto('/applications');
  await page.getByRole('link', { name: brandName, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: brandName })).toBeVisible();
}
