import type { CatalogueEntry, IndustrySection, ResourceProfile, YearlyReportRequest } from './resourcesApi';

/** The regions as typed: one per line or separated by 、，, ; or spaces, each once, in the order typed. */
export function regionsOf(text: string | undefined): string[] {
  const regions = (text ?? '').split(/[\s、，,；;]+/).map((region) => region.trim()).filter((region) => region.length > 0);
  return [...new Set(regions)];
}

/** What is wrong with the regions, as the service would say it, or undefined. */
export function regionsProblem(text: string | undefined): string | undefined {
  const regions = regionsOf(text);
  if (regions.length < 1 || regions.length > 50) return '服务地区请填写 1 至 50 个。';
  if (regions.some((region) => region.length > 30)) return '每个服务地区不超过 30 字。';
  return undefined;
}

export interface YearlyReportValues {
  year: number;
  employmentScale: number;
  marketSharePercent: number;
  economicBenefitTenThousandYuan: number;
  trainingCapacity: number;
  regions: string;
  narrative: string;
}

export function reportRequestOf(values: YearlyReportValues): YearlyReportRequest {
  return {
    year: values.year,
    employmentScale: values.employmentScale,
    marketSharePercent: values.marketSharePercent,
    economicBenefitTenThousandYuan: values.economicBenefitTenThousandYuan,
    trainingCapacity: values.trainingCapacity,
    regionsServed: regionsOf(values.regions),
    narrative: values.narrative.trim(),
  };
}

/** The divisions of a section, for the second select. */
export function divisionsOf(industries: IndustrySection[] | undefined, section: string | undefined) {
  return industries?.find((candidate) => candidate.code === section)?.divisions ?? [];
}

/** The catalogue entries a brand of the division may be classified against: active ones of that division (and the current one). */
export function entriesFor(catalogue: CatalogueEntry[] | undefined, section: string | undefined, division: string | undefined,
  current?: string | null): CatalogueEntry[] {
  return (catalogue ?? []).filter((entry) => entry.industrySection === section && entry.industryDivision === division
    && (entry.active || entry.code === current));
}

/** A figure of the entry as shown: unknown ones as 未填报. */
export function figure(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? '未填报' : `${value.toLocaleString('zh-CN')} ${unit}`;
}

export function classificationText(profile: ResourceProfile, sectionName?: string | null, divisionName?: string | null): string {
  if (!profile.industrySection) return '尚未归类';
  return `${profile.industrySection} ${sectionName ?? ''} / ${profile.industryDivision ?? ''} ${divisionName ?? ''}`.replace(/\s+/g, ' ').trim();
}
