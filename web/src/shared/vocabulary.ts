/** The programme's closed lists with the words people read (DOMAIN.md). */

export const DISTRICTS: Record<string, string> = {
  '210202': '中山区',
  '210203': '西岗区',
  '210204': '沙河口区',
  '210211': '甘井子区',
  '210212': '旅顺口区',
  '210213': '金州区',
  '210214': '普兰店区',
  '210224': '长海县',
  '210281': '瓦房店市',
  '210283': '庄河市',
};

export function districtName(code?: string | null): string {
  return code ? DISTRICTS[code] ?? code : '—';
}

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

export const APPLICATION_STATUS: Record<string, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'default' },
  SUBMITTED: { label: '已提交', color: 'processing' },
};
