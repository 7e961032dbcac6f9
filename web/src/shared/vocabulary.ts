/** The programme's closed lists with the words people read (DOMAIN.md). Districts are data: see districts.ts. */

export type UnitType = 'ENTERPRISE' | 'VOCATIONAL_SCHOOL' | 'TRAINING_INSTITUTION' | 'INDUSTRY_ASSOCIATION' | 'HR_SERVICE_AGENCY';

export const UNIT_TYPES: Record<UnitType, string> = {
  ENTERPRISE: '企业',
  VOCATIONAL_SCHOOL: '职业院校',
  TRAINING_INSTITUTION: '培训机构',
  INDUSTRY_ASSOCIATION: '行业协会',
  HR_SERVICE_AGENCY: '人力资源服务机构',
};

export type BrandLevel = 'DISTRICT' | 'CITY';

export const LEVELS: Record<BrandLevel, string> = {
  DISTRICT: '区级',
  CITY: '市级',
};

export function levelNames(levels?: BrandLevel[] | null): string {
  const order: BrandLevel[] = ['DISTRICT', 'CITY'];
  return levels?.length ? order.filter((level) => levels.includes(level)).map((level) => LEVELS[level]).join('、') : '—';
}

export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'SUPPLEMENT_REQUESTED' | 'DECIDED' | 'WITHDRAWN' | 'REJECTED';

export const APPLICATION_STATUS: Record<ApplicationStatus, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'default' },
  SUBMITTED: { label: '已提交', color: 'processing' },
  SUPPLEMENT_REQUESTED: { label: '待补充材料', color: 'warning' },
  DECIDED: { label: '区级已决定', color: 'geekblue' },
  WITHDRAWN: { label: '已撤回', color: 'default' },
  REJECTED: { label: '未通过', color: 'error' },
};

/** The office that rejects an application at each review stage, as the unit reads it. */
export const REJECTING_OFFICE: Record<string, string> = {
  DISTRICT_REVIEW: '区人社部门（区级初审）',
  SUPPLEMENT_REQUESTED: '区人社部门（补充材料期间）',
  PUBLICITY: '区人社部门（公示期间）',
  CITY_REVIEW: '市人社局（市级复审）',
  APPROVAL: '市就业工作领导小组办公室（核准认定）',
};

/** The status of an application as a tag shows it; an unknown one (a newer service) as its code. */
export function statusOf(status?: string | null): { label: string; color: string } {
  return APPLICATION_STATUS[status as ApplicationStatus] ?? { label: status ?? '—', color: 'default' };
}

/** The parts of Attachment 1 a district can reopen for a supplement, in the order the form asks them. */
export type ApplicationPart = 'BRAND_NAME' | 'DESCRIPTION' | 'LEVELS' | 'DECLARED_YEARS' | 'LABOUR_PRACTICE' | 'UNIT_PROFILE';

export const APPLICATION_PARTS: Record<ApplicationPart, string> = {
  BRAND_NAME: '品牌名称',
  DESCRIPTION: '品牌简介',
  LEVELS: '申报层级',
  DECLARED_YEARS: '各年度培训与就业数据',
  LABOUR_PRACTICE: '劳动权益保障情况',
  UNIT_PROFILE: '单位基本信息（取自单位档案）',
};

/** The parts named, in the form's order: 品牌名称、各年度培训与就业数据. */
export function partNames(parts?: ApplicationPart[] | null): string {
  const order = Object.keys(APPLICATION_PARTS) as ApplicationPart[];
  return parts?.length ? order.filter((part) => parts.includes(part)).map((part) => APPLICATION_PARTS[part]).join('、') : '—';
}

/** What a unit declares before it may apply (申报对象与基本条件), word for word as the service records it. */
export type DeclarationKind = 'INDEPENDENT_LEGAL_PERSON' | 'BRAND_OWNERSHIP' | 'LAWFUL_OPERATION';

export const DECLARATIONS: Record<DeclarationKind, string> = {
  INDEPENDENT_LEGAL_PERSON: '本单位具有独立法人资格，在大连市依法登记注册。',
  BRAND_OWNERSHIP: '本单位拥有申报品牌的名称或商标，品牌权属清晰。',
  LAWFUL_OPERATION: '本单位无违法经营、拖欠工资、未依法签订劳动合同或未依法缴纳社会保险等行为。',
};
