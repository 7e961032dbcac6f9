import { registryApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/brand-registry-service';
import type { Page, PageRequest } from '../../api/paging';

/** The resource library's calls (brand-registry-service), its views as the screens rely on them, and their cache keys. */

type Schemas = components['schemas'];

export type IndustrySection = Schemas['IndustrySection'];
export type CatalogueEntry = Filled<Schemas['CatalogueEntryView'], 'code' | 'name' | 'active'>;
export type NewCatalogueEntry = Schemas['NewCatalogueEntry'];
export type CatalogueRevision = Schemas['CatalogueRevision'];
/** ResourceProfile of the contracts: figures unknown yet are null. */
export type ResourceProfile = Filled<Schemas['ResourceProfile'], 'regionsServed'>;
export type ReportStatus = NonNullable<Schemas['YearlyReportView']['status']>;
export type YearlyReport = Filled<Schemas['YearlyReportView'], 'brandId' | 'year' | 'status' | 'statusLabel' | 'brandName' | 'employmentScale'
  | 'marketSharePercent' | 'economicBenefitTenThousandYuan' | 'trainingCapacity' | 'regionsServed' | 'narrative'>;
export type BrandResources = Filled<Schemas['ResourceProfileView'], 'brandId' | 'status' | 'openYears',
  { profile: ResourceProfile; reports: YearlyReport[] }>;
export type ClassificationRequest = Schemas['ClassificationRequest'];
export type YearlyReportRequest = Schemas['YearlyReportRequest'];
export type ReviewRequest = Schemas['ReviewRequest'];

export const resourceKeys = {
  industries: ['brands', 'industries'] as const,
  catalogue: ['brands', 'catalogue'] as const,
  // under the brand's key, so that anything done on the brand reads the entry again
  of: (brandId: string) => ['brands', 'brand', brandId, 'resources'] as const,
  reports: (status: ReportStatus) => ['brands', 'yearly-reports', status] as const,
};

export const fetchIndustries = () => unwrap(registryApi.GET('/api/brands/industries'));
export const fetchCatalogue = () => unwrap(registryApi.GET('/api/brands/catalogue')) as Promise<CatalogueEntry[]>;
export const createCatalogueEntry = (body: NewCatalogueEntry) =>
  unwrap(registryApi.POST('/api/brands/catalogue', { body })) as Promise<CatalogueEntry>;
export const reviseCatalogueEntry = (code: string, body: CatalogueRevision) =>
  unwrap(registryApi.PUT('/api/brands/catalogue/{code}', { params: { path: { code } }, body })) as Promise<CatalogueEntry>;

export const fetchBrandResources = (id: string) =>
  unwrap(registryApi.GET('/api/brands/{id}/profile', { params: { path: { id } } })) as Promise<BrandResources>;
export const classifyBrand = (id: string, body: ClassificationRequest) =>
  unwrap(registryApi.PUT('/api/brands/{id}/profile/classification', { params: { path: { id } }, body })) as Promise<BrandResources>;
export const submitYearlyReport = (id: string, body: YearlyReportRequest) =>
  unwrap(registryApi.POST('/api/brands/{id}/yearly-reports', { params: { path: { id } }, body })) as Promise<YearlyReport>;
export const reviewYearlyReport = (id: string, year: number, body: ReviewRequest) =>
  unwrap(registryApi.POST('/api/brands/{id}/yearly-reports/{year}/review', { params: { path: { id, year } }, body })) as Promise<YearlyReport>;
export const fetchYearlyReports = (status: ReportStatus, page: PageRequest) =>
  unwrap(registryApi.GET('/api/brands/yearly-reports', { params: { query: { status, ...page } } })) as Promise<Page<YearlyReport>>;
