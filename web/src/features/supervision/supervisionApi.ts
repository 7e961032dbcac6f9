import { registryApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/brand-registry-service';

/** The supervision calls (brand-registry-service), its views as the screens rely on them, and their cache keys. */

type Schemas = components['schemas'];

export type InspectionRating = Schemas['InspectionRequest']['rating'];
export type InspectionRequest = Schemas['InspectionRequest'];
export type TrainingInspection = Filled<Schemas['InspectionView'], 'id' | 'rating' | 'inspectors' | 'itemsChecked'>;
/** A quarter's results; a rate with nothing to divide by is null. Rates are fractions (0.75 = 75 %). */
export type QuarterSummary = Filled<Schemas['QuarterSummary'], 'quarter'>;
/** One line of the call list: name and phone only ever masked. */
export type Call = Filled<Schemas['Call'], 'position' | 'reveals'>;
export type CallList = Filled<Schemas['CallList'], 'quarter', { calls: Call[]; summary?: QuarterSummary | null }>;
export type OutcomeRequest = Schemas['OutcomeRequest'];

export const supervisionKeys = {
  inspections: (brandId: string) => ['supervision', brandId, 'inspections'] as const,
  summaries: (brandId: string) => ['supervision', brandId, 'callbacks'] as const,
  callList: (brandId: string, quarter: string) => ['supervision', brandId, 'callbacks', quarter] as const,
};

export const fetchInspections = (id: string) =>
  unwrap(registryApi.GET('/api/brands/{id}/training-inspections', { params: { path: { id } } })) as Promise<TrainingInspection[]>;
export const recordInspection = (id: string, body: InspectionRequest) =>
  unwrap(registryApi.POST('/api/brands/{id}/training-inspections', { params: { path: { id } }, body })) as Promise<TrainingInspection>;
export const fetchSummaries = (id: string) =>
  unwrap(registryApi.GET('/api/brands/{id}/callbacks', { params: { path: { id } } })) as Promise<QuarterSummary[]>;
export const fetchCallList = (id: string, quarter: string) =>
  unwrap(registryApi.GET('/api/brands/{id}/callbacks/{quarter}', { params: { path: { id, quarter } } })) as Promise<CallList>;
export const drawQuarter = (id: string, quarter: string) =>
  unwrap(registryApi.POST('/api/brands/{id}/callbacks/{quarter}', { params: { path: { id, quarter } } })) as Promise<CallList>;
/** One call's worker in full: shown once, never kept. */
export const revealNumber = (id: string, quarter: string, position: number, reason: string) =>
  unwrap(registryApi.POST('/api/brands/{id}/callbacks/{quarter}/calls/{position}/reveal', {
    params: { path: { id, quarter, position } }, body: { reason },
  }));
export const recordOutcome = (id: string, quarter: string, position: number, body: OutcomeRequest) =>
  unwrap(registryApi.PUT('/api/brands/{id}/callbacks/{quarter}/calls/{position}/outcome', {
    params: { path: { id, quarter, position } }, body,
  })) as Promise<Call>;
