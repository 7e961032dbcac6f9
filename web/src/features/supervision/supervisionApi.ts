import { currentAccessToken } from '../../api/client';
import { problemFrom } from '../../api/problem';
import type { CallList, Call, InspectionRequest, OutcomeRequest, QuarterSummary, Revealed, TrainingInspection } from './supervisionTypes';

/** The supervision calls (through the gateway's /api/brands/** route) and the cache keys of their answers. */

export const supervisionKeys = {
  inspections: (brandId: string) => ['supervision', brandId, 'inspections'] as const,
  summaries: (brandId: string) => ['supervision', brandId, 'callbacks'] as const,
  callList: (brandId: string, quarter: string) => ['supervision', brandId, 'callbacks', quarter] as const,
};

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = currentAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    throw problemFrom(json, response.status);
  }
  return json as T;
}

const brandPath = (brandId: string) => `/api/brands/${encodeURIComponent(brandId)}`;
const quarterPath = (brandId: string, quarter: string) => `${brandPath(brandId)}/callbacks/${encodeURIComponent(quarter)}`;

export const fetchInspections = (brandId: string) => call<TrainingInspection[]>('GET', `${brandPath(brandId)}/training-inspections`);
export const recordInspection = (brandId: string, request: InspectionRequest) =>
  call<TrainingInspection>('POST', `${brandPath(brandId)}/training-inspections`, request);
export const fetchSummaries = (brandId: string) => call<QuarterSummary[]>('GET', `${brandPath(brandId)}/callbacks`);
export const fetchCallList = (brandId: string, quarter: string) => call<CallList>('GET', quarterPath(brandId, quarter));
export const drawQuarter = (brandId: string, quarter: string) => call<CallList>('POST', quarterPath(brandId, quarter));
export const revealNumber = (brandId: string, quarter: string, position: number, reason: string) =>
  call<Revealed>('POST', `${quarterPath(brandId, quarter)}/calls/${position}/reveal`, { reason });
export const recordOutcome = (brandId: string, quarter: string, position: number, outcome: OutcomeRequest) =>
  call<Call>('PUT', `${quarterPath(brandId, quarter)}/calls/${position}/outcome`, outcome);
