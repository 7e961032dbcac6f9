import { currentAccessToken } from '../../api/client';
import { problemFrom } from '../../api/problem';
import type { Page, PageRequest } from '../../api/paging';

/**
 * The resource library's calls (brand-registry-service). Typed here by hand until the lead regenerates
 * web/src/api/generated from the service's OpenAPI document; then these become registryApi calls.
 */

export interface IndustryDivision { code: string; name: string }
export interface IndustrySection { code: string; name: string; divisions: IndustryDivision[] }

export interface CatalogueEntry {
  code: string;
  name: string;
  industrySection: string;
  industrySectionName?: string | null;
  industryDivision: string;
  industryDivisionName?: string | null;
  guidance: string;
  active: boolean;
  updatedBy?: string;
  updatedAt?: string;
}

export interface NewCatalogueEntry { code: string; name: string; guidance: string; active: boolean }
export type CatalogueRevision = Omit<NewCatalogueEntry, 'code'>;

/** ResourceProfile of the contracts: figures unknown yet are null. */
export interface ResourceProfile {
  industrySection?: string | null;
  industryDivision?: string | null;
  sector?: string | null;
  catalogueEntry?: string | null;
  employmentScale?: number | null;
  marketSharePercent?: number | null;
  economicBenefitTenThousandYuan?: number | null;
  trainingCapacity?: number | null;
  regionsServed: string[];
}

export interface RosterCounts { listed: number; trained: number; employed: number }

export type ReportStatus = 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';

export interface YearlyReport {
  brandId: string;
  year: number;
  status: ReportStatus;
  statusLabel: string;
  round: number;
  certificateNumber: string;
  brandName: string;
  unitName: string;
  district: string;
  employmentScale: number;
  marketSharePercent: number;
  economicBenefitTenThousandYuan: number;
  trainingCapacity: number;
  regionsServed: string[];
  narrative: string;
  roster?: RosterCounts | null;
  submittedBy: string;
  submittedAt: string;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  reviewNote?: string | null;
}

export interface BrandResources {
  brandId: string;
  certificateNumber: string;
  brandName: string;
  unitName: string;
  district: string;
  level: string;
  levelLabel: string;
  status: string;
  statusLabel: string;
  certifiedOn: string;
  profile: ResourceProfile;
  industrySectionName?: string | null;
  industryDivisionName?: string | null;
  catalogueEntryName?: string | null;
  figuresYear?: number | null;
  filledFromApplication: boolean;
  unitType?: string | null;
  unitTypeLabel?: string | null;
  description?: string | null;
  updatedBy: string;
  updatedAt: string;
  /** the years the holder may still report (finished, since certification, not submitted or accepted) */
  openYears: number[];
  /** every year's report, newest year first */
  reports: YearlyReport[];
}

export interface ClassificationRequest { industrySection: string; industryDivision: string; sector: string; catalogueEntry?: string | null }

export interface YearlyReportRequest {
  year: number;
  employmentScale: number;
  marketSharePercent: number;
  economicBenefitTenThousandYuan: number;
  trainingCapacity: number;
  regionsServed: string[];
  narrative: string;
}

export type ReviewOutcome = 'ACCEPT' | 'RETURN';
export interface ReviewRequest { outcome: ReviewOutcome; note?: string }

export const resourceKeys = {
  industries: ['brands', 'industries'] as const,
  catalogue: ['brands', 'catalogue'] as const,
  // under the brand's key, so that anything done on the brand reads the entry again
  of: (brandId: string) => ['brands', 'brand', brandId, 'resources'] as const,
  reports: (status: ReportStatus) => ['brands', 'yearly-reports', status] as const,
};

async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  const token = currentAccessToken();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemFrom(data, response.status);
  return data as T;
}

const brand = (brandId: string) => `/api/brands/${encodeURIComponent(brandId)}`;

export const fetchIndustries = () => call<IndustrySection[]>('GET', '/api/brands/industries');
export const fetchCatalogue = () => call<CatalogueEntry[]>('GET', '/api/brands/catalogue');
export const createCatalogueEntry = (body: NewCatalogueEntry) => call<CatalogueEntry>('POST', '/api/brands/catalogue', body);
export const reviseCatalogueEntry = (code: string, body: CatalogueRevision) =>
  call<CatalogueEntry>('PUT', `/api/brands/catalogue/${encodeURIComponent(code)}`, body);

export const fetchBrandResources = (brandId: string) => call<BrandResources>('GET', `${brand(brandId)}/profile`);
export const classifyBrand = (brandId: string, body: ClassificationRequest) =>
  call<BrandResources>('PUT', `${brand(brandId)}/profile/classification`, body);
export const submitYearlyReport = (brandId: string, body: YearlyReportRequest) =>
  call<YearlyReport>('POST', `${brand(brandId)}/yearly-reports`, body);
export const reviewYearlyReport = (brandId: string, year: number, body: ReviewRequest) =>
  call<YearlyReport>('POST', `${brand(brandId)}/yearly-reports/${year}/review`, body);
export function fetchYearlyReports(status: ReportStatus, page: PageRequest): Promise<Page<YearlyReport>> {
  const query = new URLSearchParams({ status, limit: String(page.limit) });
  if (page.cursor) query.set('cursor', page.cursor);
  return call<Page<YearlyReport>>('GET', `/api/brands/yearly-reports?${query.toString()}`);
}
