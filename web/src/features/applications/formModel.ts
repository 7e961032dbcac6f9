import type { components } from '../../api/generated/application-service';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import type { BrandLevel, UnitType } from '../../shared/vocabulary';

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
  brandName?: string;
  unitName?: string;
  unitType?: UnitType;
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

const BASE_FIELDS = ['brandName', 'unitName', 'unitType', 'requestedLevels'] as const;
export const BRAND_NAME_MAX = 100;
export const UNIT_NAME_MAX = 200;

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

/** Whether 基本信息 is filled in well enough for the service to keep a draft (it needs all four even then). */
export function isBaseInfoComplete(values: ApplicationFormValues): boolean {
  const brandName = values.brandName?.trim() ?? '';
  const unitName = values.unitName?.trim() ?? '';
  return brandName.length > 0 && brandName.length <= BRAND_NAME_MAX
    && unitName.length > 0 && unitName.length <= UNIT_NAME_MAX
    && values.unitType !== undefined
    && (values.requestedLevels?.length ?? 0) > 0;
}

/**
 * The content to save, or undefined while 基本信息 is incomplete. A draft may lack yearly figures and labour practices,
 * but the service refuses a row with a field missing: only the years and the labour practices filled in completely and
 * validly are sent.
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
  return {
    brandName: values.brandName!.trim(),
    unitName: values.unitName!.trim(),
    unitType: values.unitType!,
    requestedLevels: values.requestedLevels!,
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
    unitName: application.unitName,
    unitType: application.unitType,
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
