import type { paths } from '../../api/generated/review-workflow-service';
import type { Role } from '../../auth/roles';

/** The documents reviewers download (review-workflow-service, /api/reviews/exports). */
export type ExportKind = 'NOTICE_LIST_XLSX' | 'NOTICE_LIST_PDF' | 'CITY_PACKAGE' | 'APPROVAL_LIST_XLSX' | 'APPROVAL_LIST_PDF';

/** The export endpoints as review-workflow-service publishes them, and what each takes (the campaign, and a district or none). */
type ExportPath = Extract<keyof paths, `/api/reviews/exports/${string}`>;
type ExportQuery = paths[ExportPath]['get']['parameters']['query'];

export interface ExportChoice {
  kind: ExportKind;
  /** the button's words */
  label: string;
  /** the name the file is saved under when the answer names none */
  fallbackName: string;
  /** whether city staff must choose a district first (a package is always one district's) */
  needsDistrict: boolean;
}

const CHOICES: Record<ExportKind, Omit<ExportChoice, 'kind'> & { path: ExportPath; roles: Role[] }> = {
  NOTICE_LIST_XLSX: {
    label: '导出公示名单 XLSX', path: '/api/reviews/exports/notice-list.xlsx', fallbackName: '公示名单.xlsx', needsDistrict: false,
    roles: ['DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP'],
  },
  NOTICE_LIST_PDF: {
    label: '导出公示名单 PDF', path: '/api/reviews/exports/notice-list.pdf', fallbackName: '公示名单.pdf', needsDistrict: false,
    roles: ['DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP'],
  },
  CITY_PACKAGE: {
    label: '导出报送市级材料包', path: '/api/reviews/exports/city-package', fallbackName: '报送市级材料包.zip', needsDistrict: true,
    roles: ['DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP'],
  },
  APPROVAL_LIST_XLSX: {
    label: '导出核准认定名单 XLSX', path: '/api/reviews/exports/approval-list.xlsx', fallbackName: '核准认定名单.xlsx', needsDistrict: false,
    roles: ['CITY_REVIEWER', 'LEADING_GROUP'],
  },
  APPROVAL_LIST_PDF: {
    label: '导出核准认定名单 PDF', path: '/api/reviews/exports/approval-list.pdf', fallbackName: '核准认定名单.pdf', needsDistrict: false,
    roles: ['CITY_REVIEWER', 'LEADING_GROUP'],
  },
};

/** Whether the person works for the whole city (and so chooses the district of an export). */
export function choosesDistrict(roles: Role[]): boolean {
  return roles.includes('CITY_REVIEWER') || roles.includes('LEADING_GROUP');
}

/**
 * The exports the person may download, in the order the buttons show them. A district bureau's exports are always its
 * own district's, so it never needs to choose one.
 */
export function exportsFor(roles: Role[]): ExportChoice[] {
  const city = choosesDistrict(roles);
  return (Object.keys(CHOICES) as ExportKind[])
    .filter((kind) => CHOICES[kind].roles.some((role) => roles.includes(role)))
    .map((kind) => ({
      kind,
      label: CHOICES[kind].label,
      fallbackName: CHOICES[kind].fallbackName,
      needsDistrict: city && CHOICES[kind].needsDistrict,
    }));
}

/** Where an export is downloaded: the campaign's, of one district or (lists only) of every district. */
export function exportUrl(kind: ExportKind, campaign: string, district?: string): string {
  const query: ExportQuery = { campaign, ...(district ? { district } : {}) };
  return `${CHOICES[kind].path}?${new URLSearchParams(query).toString()}`;
}
