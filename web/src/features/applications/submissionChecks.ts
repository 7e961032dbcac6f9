import type { components } from '../../api/generated/application-service';
import { ProblemError } from '../../api/problem';
import { LABOUR_PRACTICE_FIELDS, YEAR_FIELDS, type NamePath } from './formModel';

/** 提交前检查: what the service finds in the way of submitting, grouped by the field it concerns, each leading to it. */

export type SubmissionCheck = components['schemas']['SubmissionCheck'];
export type Finding = components['schemas']['Finding'];

/** Where a finding is put right: a field of the form, the unit's profile, or nowhere the unit can act (the window). */
export type FindingTarget = { kind: 'field'; path: NamePath } | { kind: 'profile' } | { kind: 'roster' } | { kind: 'materials' } | { kind: 'none' };

export interface FindingGroup {
  field: string;
  title: string;
  findings: { finding: Finding; target: FindingTarget }[];
}

const PROFILE: FindingTarget = { kind: 'profile' };

/** The fields the service names, in the order the unit meets them: the profile first, then the form step by step. */
const GROUPS: { field: string; title: string; target: (finding: Finding, campaignYears: number[]) => FindingTarget }[] = [
  { field: 'profile', title: '单位档案', target: () => PROFILE },
  { field: 'declarations', title: '承诺事项（单位档案）', target: () => PROFILE },
  { field: 'district', title: '注册地（单位档案）', target: () => PROFILE },
  { field: 'campaign', title: '申报批次', target: () => ({ kind: 'none' }) },
  { field: 'brandName', title: '劳务品牌名称', target: () => ({ kind: 'field', path: ['brandName'] }) },
  { field: 'cityBrandName', title: '市级品牌名称', target: () => ({ kind: 'field', path: ['cityBrandName'] }) },
  { field: 'requestedLevels', title: '申报层级', target: () => ({ kind: 'field', path: ['requestedLevels'] }) },
  { field: 'description', title: '品牌简介', target: () => ({ kind: 'field', path: ['description'] }) },
  { field: 'declaredYears', title: '培训就业情况', target: yearTarget },
  { field: 'labourPractice', title: '劳动用工情况', target: () => ({ kind: 'field', path: ['labourPractice', LABOUR_PRACTICE_FIELDS[0].name] }) },
  { field: 'roster', title: '务工人员花名册', target: () => ({ kind: 'roster' }) },
  // the roster is a material too, handed in only through its import
  { field: 'materials', title: '申报材料', target: (finding) => (finding.message?.includes('花名册导入') ? { kind: 'roster' } : { kind: 'materials' }) },
];

/** The first field of the year a finding names (请填写 2022 年度的…), or of the first year. */
function yearTarget(finding: Finding, campaignYears: number[]): FindingTarget {
  const named = Number(/(\d{4}) ?年度/.exec(finding.message ?? '')?.[1]);
  const index = Math.max(campaignYears.indexOf(named), 0);
  return { kind: 'field', path: ['years', index, YEAR_FIELDS[0].name] };
}

/** The findings by field in the form's order; a field the form does not know goes last, under 其他, leading nowhere. */
export function groupFindings(findings: Finding[] | undefined, campaignYears: number[]): FindingGroup[] {
  const known = GROUPS.flatMap((group) => {
    const own = (findings ?? []).filter((finding) => finding.field === group.field);
    return own.length ? [{
      field: group.field,
      title: group.title,
      findings: own.map((finding) => ({ finding, target: group.target(finding, campaignYears) })),
    }] : [];
  });
  const others = (findings ?? []).filter((finding) => !GROUPS.some((group) => group.field === finding.field));
  return others.length
    ? [...known, { field: 'other', title: '其他', findings: others.map((finding) => ({ finding, target: { kind: 'none' } as FindingTarget })) }]
    : known;
}

/** The findings a refused submission carries (422 APPLICATION_INCOMPLETE), or undefined for any other failure. */
export function findingsOf(error: unknown): Finding[] | undefined {
  if (error instanceof ProblemError && Array.isArray(error.problem.findings)) {
    return error.problem.findings as Finding[];
  }
  return undefined;
}
