import type { components } from '../../api/generated/application-service';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import type { ApplicationPart, BrandLevel } from '../../shared/vocabulary';

/** What the application form holds and how it becomes the API's ContentRequest (Attachment 1) and back. */

export type ApplicationView = components['schemas']['ApplicationView'];
export type ContentRequest = components['schemas']['ContentRequest'];
type CriterionView = EligibilityComponents['schemas']['CriterionView'];
export type CriterionCode = NonNullable<CriterionView['criterion']>;

export interface YearValues {
  trainedCount?: number | null;
  trainingPassRatePercent?: number | null;
  employedCount?: number | null;
  speciallyTrainedSharePercent?: number | null;
  lostDisputeCases?: number | null;
  unfinishedRectifications?: number | null;
}

export interface LabourPracticeValues {
  contractSigningRatePercent?: number | null;
  employmentFilingRatePercent?: number | null;
  collectiveContractInForce?: boolean | null;
  labourRelationsCoordinators?: number | null;
  massLabourDisputeOccurred?: boolean | null;
}

/** The form's values; `years[i]` holds the figures of the campaign's i-th declared year. */
export interface ApplicationFormValues {
  /** the district-level name (the level every application asks for) */
  brandName?: string;
  /** the city-level name, only with the city level */
  cityBrandName?: string;
  description?: string;
  requestedLevels?: BrandLevel[];
  years?: YearValues[];
  labourPractice?: LabourPracticeValues;
}

export type NamePath = (string | number)[];

interface FieldSpec<Name extends string> {
  name: Name;
  label: string;
  kind: 'count' | 'percent' | 'yesno';
  /** the counting word after a count (人, 件 …) */
  unit?: string;
  /** the eligibility criterion whose threshold the figure is measured against */
  criterion?: CriterionCode;
  /** what the figure is for when no criterion measures it */
  note?: string;
}

export type YearField = FieldSpec<keyof YearValues>;
export type LabourPracticeField = FieldSpec<keyof LabourPracticeValues>;

export const YEAR_FIELDS: YearField[] = [
  { name: 'trainedCount', label: '培训人数', kind: 'count', unit: '人', criterion: 'TRAINED_COUNT' },
  { name: 'trainingPassRatePercent', label: '培训合格率', kind: 'percent', criterion: 'TRAINING_PASS_RATE' },
  { name: 'employedCount', label: '自主吸纳或有组织输出就业人数', kind: 'count', unit: '人', criterion: 'EMPLOYED_COUNT' },
  { name: 'speciallyTrainedSharePercent', label: '经过特色职业培训的人员所占比例', kind: 'percent', criterion: 'SPECIALLY_TRAINED_SHARE' },
  { name: 'lostDisputeCases', label: '劳动争议败诉案件数', kind: 'count', unit: '件', note: '作为风险提示供评审参考' },
  { name: 'unfinishedRectifications', label: '未完成整改事项数', kind: 'count', unit: '项', note: '劳动保障监察部门责令整改未完成的事项，作为风险提示供评审参考' },
];

export const LABOUR_PRACTICE_FIELDS: LabourPracticeField[] = [
  { name: 'contractSigningRatePercent', label: '劳动合同签订率', kind: 'percent', criterion: 'CONTRACT_SIGNING_RATE' },
  { name: 'employmentFilingRatePercent', label: '劳动用工备案率', kind: 'percent', criterion: 'EMPLOYMENT_FILING_RATE' },
  { name: 'collectiveContractInForce', label: '是否有在有效期内的集体合同', kind: 'yesno', criterion: 'COLLECTIVE_CONTRACT' },
  { name: 'labourRelationsCoordinators', label: '劳动关系协调员人数', kind: 'count', unit: '名', criterion: 'LABOUR_RELATIONS_COORDINATOR' },
  { name: 'massLabourDisputeOccurred', label: '是否发生群体性劳动纠纷', kind: 'yesno', criterion: 'NO_MASS_LABOUR_DISPUTE' },
];

const BASE_FIELDS = ['brandName', 'cityBrandName', 'description', 'requestedLevels'] as const;
export const BRAND_NAME_MAX = 100;
export const DESCRIPTION_MAX = 2000;

// what Java's String.strip() removes: its whitespace (Character.isWhitespace), which leaves out the no-break spaces
const JAVA_WHITESPACE = '\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000';
const AROUND = new RegExp(`^[${JAVA_WHITESPACE}]+|[${JAVA_WHITESPACE}]+$`, 'g');

/** The text without the white space around it, as the service strips it before counting and keeping it. */
function stripped(text: string): string {
  return text.replace(AROUND, '');
}

/**
 * The length of the brand description as the service counts it (and a person does): each character one, whatever
 * its encoding (an emoji or a rare character outside the BMP is one, not two), line breaks not counted, the white
 * space around the text not counted either.
 */
export function descriptionLength(text: string | null | undefined): number {
  let count = 0;
  for (const character of stripped(text ?? '').normalize('NFC')) {
    if (character !== '\n' && character !== '\r') count += 1;
  }
  return count;
}

/** Why these levels cannot be asked together, or undefined: the city level is asked on top of the district level. */
export function levelProblem(levels: BrandLevel[]): string | undefined {
  return levels.includes('CITY') && !levels.includes('DISTRICT') ? CITY_NEEDS_DISTRICT : undefined;
}

export const CITY_NEEDS_DISTRICT = '市级劳务品牌须在区级基础上申报：申报市级时请同时申报区级。';

/**
 * The levels after a person ticked or unticked one, with the rule kept: ticking 市级 ticks 区级 as well, and 区级
 * cannot be unticked while 市级 is ticked. The note says what was done instead of what was clicked.
 */
export function levelsAfter(before: BrandLevel[], clicked: BrandLevel[]): { levels: BrandLevel[]; note?: string } {
  if (!levelProblem(clicked)) {
    return { levels: inLevelOrder(clicked) };
  }
  if (before.includes('CITY')) {
    // 区级 was unticked under a ticked 市级: refused
    return { levels: inLevelOrder(before), note: `${CITY_NEEDS_DISTRICT}如不申报区级，请先取消市级。` };
  }
  return { levels: ['DISTRICT', 'CITY'], note: '申报市级须同时申报区级，已同时勾选区级。' };
}

/** The fields of the form each part of Attachment 1 covers, for a supplement that reopens some of them. */
export function partOf(path: NamePath): ApplicationPart {
  switch (path[0]) {
    case 'brandName':
    case 'cityBrandName':
      return 'BRAND_NAME';
    case 'description':
      return 'DESCRIPTION';
    case 'requestedLevels':
      return 'LEVELS';
    case 'years':
      return 'DECLARED_YEARS';
    default:
      return 'LABOUR_PRACTICE';
  }
}

/** Why a figure cannot be taken (in Chinese, as shown next to the field), or undefined when it can. */
export function problemOf(field: FieldSpec<string>, value: number | boolean | null | undefined): string | undefined {
  if (value == null) {
    return field.kind === 'yesno' ? `请选择${field.label}` : `请填写${field.label}`;
  }
  if (field.kind === 'count' && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
    return `${field.label}应为不小于 0 的整数`;
  }
  if (field.kind === 'percent') {
    if (typeof value !== 'number' || value < 0 || value > 100) {
      return `${field.label}应在 0 至 100 之间`;
    }
    // the service keeps at most two decimals; 86.555 would be refused there
    if (Math.round(value * 100) !== Number((value * 100).toPrecision(12))) {
      return `${field.label}最多保留两位小数`;
    }
  }
  return undefined;
}

function allValid<Name extends string>(fields: FieldSpec<Name>[], values: Partial<Record<Name, number | boolean | null>> | undefined) {
  return fields.every((field) => problemOf(field, values?.[field.name]) === undefined);
}

/** Whether 基本信息 is filled in well enough for the service to keep a draft: a name, valid levels, texts within their limits. */
export function isBaseInfoComplete(values: ApplicationFormValues): boolean {
  const brandName = values.brandName?.trim() ?? '';
  const levels = values.requestedLevels ?? [];
  return brandName.length > 0 && brandName.length <= BRAND_NAME_MAX
    && levels.length > 0 && levelProblem(levels) === undefined
    && (values.cityBrandName?.trim().length ?? 0) <= BRAND_NAME_MAX
    && descriptionLength(values.description) <= DESCRIPTION_MAX;
}

/** The levels from district to city, whatever order they were ticked in. */
function inLevelOrder(levels: BrandLevel[]): BrandLevel[] {
  return (['DISTRICT', 'CITY'] as BrandLevel[]).filter((level) => levels.includes(level));
}

/**
 * The content to save, or undefined while 基本信息 is incomplete. A draft may lack yearly figures and labour practices,
 * but the service refuses a row with a field missing: only the years and the labour practices filled in completely and
 * validly are sent. The city-level name goes only with the city level (the service drops it otherwise).
 */
export function toContentRequest(values: ApplicationFormValues, campaignYears: number[]): ContentRequest | undefined {
  if (!isBaseInfoComplete(values)) {
    return undefined;
  }
  const declaredYears = campaignYears.flatMap((year, index) => {
    const row = values.years?.[index];
    return row && allValid(YEAR_FIELDS, row) ? [{
      year,
      trainedCount: row.trainedCount!,
      trainingPassRatePercent: row.trainingPassRatePercent!,
      employedCount: row.employedCount!,
      speciallyTrainedSharePercent: row.speciallyTrainedSharePercent!,
      lostDisputeCases: row.lostDisputeCases!,
      unfinishedRectifications: row.unfinishedRectifications!,
    }] : [];
  });
  const practice = values.labourPractice;
  const requestedLevels = inLevelOrder(values.requestedLevels!);
  return {
    brandName: values.brandName!.trim(),
    cityBrandName: requestedLevels.includes('CITY') ? values.cityBrandName?.trim() || undefined : undefined,
    description: stripped(values.description ?? '') || undefined,
    requestedLevels,
    declaredYears,
    labourPractice: practice && allValid(LABOUR_PRACTICE_FIELDS, practice) ? {
      contractSigningRatePercent: practice.contractSigningRatePercent!,
      employmentFilingRatePercent: practice.employmentFilingRatePercent!,
      collectiveContractInForce: practice.collectiveContractInForce!,
      labourRelationsCoordinators: practice.labourRelationsCoordinators!,
      massLabourDisputeOccurred: practice.massLabourDisputeOccurred!,
    } : undefined,
  };
}

/** Every field of the group, null where the stored values have none, so that setting them replaces what the form held. */
function everyField<Name extends string>(fields: FieldSpec<Name>[], stored: Partial<Record<Name, number | boolean>> | undefined) {
  return Object.fromEntries(fields.map((field) => [field.name, stored?.[field.name] ?? null])) as Record<Name, number | boolean | null>;
}

/** The form's values for a stored application (or an empty form for `{}`); a campaign year without figures stays empty. */
export function toFormValues(application: ApplicationView, campaignYears: number[]): ApplicationFormValues {
  return {
    brandName: application.brandName,
    cityBrandName: application.cityBrandName,
    description: application.description,
    requestedLevels: application.requestedLevels ?? [],
    years: campaignYears.map((year) => everyField(YEAR_FIELDS, application.declaredYears?.find((declared) => declared.year === year)) as YearValues),
    labourPractice: everyField(LABOUR_PRACTICE_FIELDS, application.labourPractice) as LabourPracticeValues,
  };
}

/** The content of an application as the service would compare it, to tell whether a save would change anything. */
export function sameContent(a: ContentRequest | undefined, b: ContentRequest | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The content a stored application holds, as a save of it would send. */
export function contentOf(application: ApplicationView, campaignYears: number[]): ContentRequest | undefined {
  return toContentRequest(toFormValues(application, campaignYears), campaignYears);
}

/**
 * Where a field the service names (`declaredYears[0].trainedCount`) is in the form: its index counts the rows sent,
 * which were only the complete ones, so the year is read from what was sent. Undefined for a field the form does not have.
 */
export function formPathOf(apiField: string, sent: ContentRequest, campaignYears: number[]): NamePath | undefined {
  const base = /^(\w+)(\[\d*\])?$/.exec(apiField);
  if (base && (BASE_FIELDS as readonly string[]).includes(base[1])) {
    return [base[1]];
  }
  const year = /^declaredYears\[(\d+)\]\.(\w+)$/.exec(apiField);
  if (year) {
    const index = campaignYears.indexOf(sent.declaredYears?.[Number(year[1])]?.year ?? Number.NaN);
    return index >= 0 && YEAR_FIELDS.some((field) => field.name === year[2]) ? ['years', index, year[2]] : undefined;
  }
  const practice = /^labourPractice\.(\w+)$/.exec(apiField);
  if (practice && LABOUR_PRACTICE_FIELDS.some((field) => field.name === practice[1])) {
    return ['labourPractice', practice[1]];
  }
  return undefined;
}

/** The form's steps: 基本信息, 培训就业情况, 劳动用工情况, 核对并提交. */
export const STEP_TITLES = ['基本信息', '培训就业情况', '劳动用工情况', '核对并提交'] as const;

/** The fields each step asks for (the last only shows them). */
export function stepFields(step: number, campaignYears: number[]): NamePath[] {
  switch (step) {
    case 0:
      return BASE_FIELDS.map((name) => [name]);
    case 1:
      return campaignYears.flatMap((_, index) => YEAR_FIELDS.map((field) => ['years', index, field.name]));
    case 2:
      return LABOUR_PRACTICE_FIELDS.map((field) => ['labourPractice', field.name]);
    default:
      return [];
  }
}

/** The step a field is asked for on. */
export function stepOf(path: NamePath): number {
  if (path[0] === 'years') return 1;
  if (path[0] === 'labourPractice') return 2;
  return 0;
}

/** The campaign's threshold for a figure as help next to its field: 区级 ≥ 500 人 / 市级 ≥ 1000 人. */
export function thresholdText(field: FieldSpec<string>, criteria: CriterionView[] | undefined): string | undefined {
  const criterion = field.criterion && criteria?.find((candidate) => candidate.criterion === field.criterion);
  if (!criterion) {
    return field.note;
  }
  if (criterion.measure === 'FACT') {
    return `认定标准：${criterion.label}`;
  }
  const district = criterion.levels?.DISTRICT?.text;
  const city = criterion.levels?.CITY?.text;
  if (district && district === city) {
    return `认定标准：区级、市级 ${district}`;
  }
  return `认定标准：${[district && `区级 ${district}`, city && `市级 ${city}`].filter(Boolean).join(' / ')}`;
}

/** A figure as people read it: 1120 人, 86.5%, 是. */
export function displayOf(field: FieldSpec<string>, value: number | boolean | null | undefined): string {
  if (value == null) return '—';
  if (field.kind === 'yesno') return value ? '是' : '否';
  if (field.kind === 'percent') return `${value}%`;
  return `${value} ${field.unit ?? ''}`.trim();
}
