import type { components, paths } from '../../api/generated/application-service';

/** The roster (务工人员花名册) as the applicant and the reviewers read it: its counts per year, refusals, workers. */

export type RosterView = components['schemas']['RosterView'];
export type RosterImport = components['schemas']['RosterImport'];
export type RosterYear = components['schemas']['RosterYear'];
export type ImportAnswer = components['schemas']['ImportAnswer'];
export type RowRefusal = components['schemas']['RowRefusal'];
export type MaskedWorker = components['schemas']['MaskedWorker'];
export type DisclosedWorker = components['schemas']['DisclosedWorker'];
/** The workers others count too: how many, and (to staff) which applications with how many each. */
export type Overlaps = paths['/api/applications/{id}/roster/overlaps']['get']['responses'][200]['content']['*/*'];
export type Overlap = NonNullable<Overlaps['applications']>[number];

/** The application's states in which the unit may import a roster and change its employers (as the service allows). */
export function rosterEditable(status: string | undefined): boolean {
  return status === 'DRAFT' || status === 'SUPPLEMENT_REQUESTED';
}

/** 1,234 人: a count of people; a missing count is a dash. */
export function formatPeople(count?: number | null): string {
  return count == null ? '—' : `${count.toLocaleString('zh-CN')} 人`;
}

/** Everyone a year's roster lists but the counting rules leave out. */
export function excludedOf(year: RosterYear): number {
  return (year.excludedManagement ?? 0) + (year.excludedOutsideDalian ?? 0) + (year.excludedUnprovenOutput ?? 0);
}

/** Why people are left out of a year's counts, in words, e.g. 经营管理人员 3 人、非大连 1 人; 无 when nobody is. */
export function exclusionText(year: RosterYear): string {
  const parts = [
    ['经营管理人员', year.excludedManagement],
    ['既未服务大连用工单位也非大连户籍', year.excludedOutsideDalian],
    ['省外输出缺少合同或社保证明', year.excludedUnprovenOutput],
  ] as const;
  const named = parts.filter(([, count]) => (count ?? 0) > 0).map(([label, count]) => `${label} ${count} 人`);
  return named.length ? named.join('、') : '无';
}

/** The years in order, oldest first (the service keeps the campaign's order, but a table should not depend on it). */
export function yearsInOrder(imported?: RosterImport | null): RosterYear[] {
  return [...(imported?.years ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/** 导入了 120 行，拒收 3 行 */
export function importSummary(imported: Pick<RosterImport, 'rowsTaken' | 'rowsRefused'>): string {
  const refused = imported.rowsRefused ?? 0;
  return `接收 ${imported.rowsTaken ?? 0} 行${refused > 0 ? `，拒收 ${refused} 行` : '，无拒收行'}`;
}

/** An employers list as the service wants it: each name trimmed, once, without blanks and without 本单位 (own absorption). */
export function cleanEmployers(names: string[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed && trimmed !== OWN_UNIT) seen.add(trimmed);
  }
  return [...seen];
}

/** Written in the employer column for the unit's own absorption (自主吸纳). */
export const OWN_UNIT = '本单位';

/** The file types the import reads (recognised by their bytes; the extension only helps the file picker). */
export const ROSTER_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** How a worker's counting is coloured: counted green, left out by a rule orange. */
export function countingColor(counting?: string): string {
  return counting === 'COUNTED' ? 'success' : 'warning';
}

/** The line the next page of workers starts after, or undefined when this page is the last (not full). */
export function nextAfter(page: MaskedWorker[] | undefined, limit: number): number | undefined {
  if (!page || page.length < limit) return undefined;
  return page[page.length - 1].line;
}

/** A criterion of an assessment as far as the roster check reads it (the fields of EligibilityAssessed 1.1). */
export interface CountedCriterion {
  criterion?: string;
  label?: string;
  year?: number | null;
  declared?: string;
  counted?: string | null;
  supported?: boolean | null;
}

/** One declared figure next to what the roster counts for it. */
export interface RosterCheck {
  key: string;
  year?: number | null;
  label: string;
  declared: string;
  counted: string;
  /** whether the roster supports the declaration; null when nothing was counted */
  supported: boolean | null;
}

/** The roster's count a yearly head-count criterion is declared for, by the criterion's code (no rates: those are the service's). */
const COUNT_OF: Record<string, keyof RosterYear> = {
  TRAINED_COUNT: 'trainedCount',
  EMPLOYED_COUNT: 'employedCount',
};

/**
 * The declared figures the roster was counted for, once each (the levels repeat the same figure against their own
 * bars), by year and in the assessment's order; a figure any level finds unsupported is unsupported. An assessment
 * without the roster's figures (made on the declared totals) still gets the roster's head counts beside the declared
 * ones, without a verdict: whether they support the declaration is the eligibility service's to say.
 */
export function rosterChecks(levels: { criteria?: CountedCriterion[] }[] | undefined, rosterYears: RosterYear[] = []): RosterCheck[] {
  const checks = new Map<string, RosterCheck>();
  for (const criterion of (levels ?? []).flatMap((level) => level.criteria ?? [])) {
    let counted = criterion.counted;
    if (counted == null && criterion.supported == null) {
      const field = COUNT_OF[criterion.criterion ?? ''];
      const year = rosterYears.find((each) => each.year === criterion.year);
      if (!field || !year) continue;
      counted = `${year[field] ?? 0} 人`;
    }
    const key = `${criterion.criterion}-${criterion.year ?? ''}`;
    const seen = checks.get(key);
    const supported = criterion.supported ?? null;
    if (seen) {
      if (supported === false) seen.supported = false;
      continue;
    }
    checks.set(key, {
      key,
      year: criterion.year,
      label: criterion.label ?? criterion.criterion ?? '',
      declared: criterion.declared ?? '—',
      counted: counted ?? '—',
      supported,
    });
  }
  return [...checks.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/** How many declared figures the roster does not support. */
export function unsupportedCount(checks: RosterCheck[]): number {
  return checks.filter((check) => check.supported === false).length;
}
