import { currentAccessToken } from '../../api/client';
import { problemFrom } from '../../api/problem';
import type { Page, PageRequest } from '../../api/paging';
import { uploadRaw } from '../../shared/transfer';

/**
 * The registry's dynamic management (动态管理) as the web calls it. The types are written here by hand until the
 * registry's OpenAPI document is regenerated into api/generated (then they become its schemas).
 */

export type BrandStatus = 'ACTIVE' | 'RECTIFYING' | 'EXIT_PROPOSED' | 'EXITED';
export type RectificationStatus = 'OPEN' | 'ANSWERED' | 'ACCEPTED' | 'FAILED' | 'OVERDUE';
export type RectificationReason = 'POOR_TRAINING_QUALITY' | 'TOO_FEW_WORKERS' | 'FALLING_COMPETITIVENESS' | 'LOW_RECOGNITION';
export type Outcome = 'ACCEPT' | 'REJECT' | 'EXTEND';

export interface Labelled {
  code: string;
  label: string;
}

export interface StoredFileView {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface RectificationView {
  id: string;
  brandId: string;
  certificateNumber: string;
  brandName: string;
  unitName: string;
  district: string;
  reasons: Labelled[];
  explanation: string;
  orderedOn: string;
  orderedBy: string;
  workingDays: number;
  deadline: string;
  /** working days after today up to the deadline; null once closed */
  workingDaysLeft?: number | null;
  overdue: boolean;
  /** whether the holder may still upload and answer today */
  answerable: boolean;
  status: RectificationStatus;
  statusLabel: string;
  answers: { text: string; evidence: StoredFileView[]; answeredOn: string }[];
  uploadedEvidence: StoredFileView[];
  extensions: { decidedOn: string; workingDays: number; previousDeadline: string; newDeadline: string; reason: string }[];
  decision?: { outcome: RectificationStatus; outcomeLabel: string; decidedOn: string; note?: string; decidedBy?: string } | null;
}

export interface ExitView {
  brandId: string;
  certificateNumber: string;
  brandName: string;
  unitName: string;
  district: string;
  rectificationId: string;
  cause: 'OVERDUE' | 'FAILED';
  causeLabel: string;
  proposedOn: string;
  proposedBy: string;
  decisionReference?: string | null;
  decidedOn?: string | null;
  decidedBy?: string | null;
}

export interface ProvincialView {
  decisionReference: string;
  decidedOn: string;
  document?: StoredFileView | null;
  recordedBy: string;
  recordedAt: string;
}

export interface BrandLifecycleView {
  id: string;
  certificateNumber: string;
  brandName: string;
  unitName: string;
  orgId: string;
  district: string;
  level: 'DISTRICT' | 'CITY';
  levelLabel: string;
  certifiedOn: string;
  status: BrandStatus;
  statusLabel: string;
  currentRectification?: RectificationView | null;
  exit?: ExitView | null;
  provincialCertification?: ProvincialView | null;
}

export interface OrderRequest {
  reasons: RectificationReason[];
  explanation: string;
  workingDays: number;
}

export interface DecisionRequest {
  outcome: Outcome;
  note?: string;
  workingDays?: number;
}

export const REASONS: { value: RectificationReason; label: string }[] = [
  { value: 'POOR_TRAINING_QUALITY', label: '培训质量差' },
  { value: 'TOO_FEW_WORKERS', label: '务工人员数量过少' },
  { value: 'FALLING_COMPETITIVENESS', label: '竞争力下降' },
  { value: 'LOW_RECOGNITION', label: '认可度不高' },
];

export const lifecycleKeys = {
  brand: (id: string) => ['brands', 'lifecycle', id] as const,
  history: (id: string) => ['brands', 'lifecycle', id, 'rectifications'] as const,
  worklist: ['brands', 'rectifications'] as const,
  exits: ['brands', 'exit-proposals'] as const,
};

/** A JSON call to the registry through the gateway, with the session's token; a refusal as a ProblemError. */
async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const token = currentAccessToken();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw problemFrom(parsed, response.status);
  return parsed as T;
}

const brandPath = (id: string) => `/api/brands/${encodeURIComponent(id)}`;
const rectificationPath = (brandId: string, rectificationId: string) =>
  `${brandPath(brandId)}/rectifications/${encodeURIComponent(rectificationId)}`;

export const fetchBrand = (id: string) => call<BrandLifecycleView>('GET', brandPath(id));
export const fetchRectifications = (id: string) => call<RectificationView[]>('GET', `${brandPath(id)}/rectifications`);
export const orderRectification = (id: string, request: OrderRequest) =>
  call<RectificationView>('POST', `${brandPath(id)}/rectifications`, request);
export const answerRectification = (brandId: string, rectificationId: string, text: string, evidenceFileIds: string[]) =>
  call<RectificationView>('POST', `${rectificationPath(brandId, rectificationId)}/answer`, { text, evidenceFileIds });
export const decideRectification = (brandId: string, rectificationId: string, request: DecisionRequest) =>
  call<RectificationView>('POST', `${rectificationPath(brandId, rectificationId)}/decision`, request);
export const decideExit = (brandId: string, decisionReference: string, decidedOn: string) =>
  call<ExitView>('POST', `${brandPath(brandId)}/exit`, { decisionReference, decidedOn });
export const recordProvincial = (brandId: string, decisionReference: string, decidedOn: string, documentFileId: string) =>
  call<ProvincialView>('POST', `${brandPath(brandId)}/provincial-certification`, { decisionReference, decidedOn, documentFileId });

export function fetchWorklist(filter: { status?: RectificationStatus; district?: string }, page: PageRequest): Promise<Page<RectificationView>> {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.district) query.set('district', filter.district);
  query.set('limit', String(page.limit));
  if (page.cursor) query.set('cursor', page.cursor);
  return call('GET', `/api/brands/rectifications?${query.toString()}`);
}

export const fetchExitProposals = () => call<Page<ExitView>>('GET', '/api/brands/exit-proposals');

export function uploadEvidence(brandId: string, rectificationId: string, file: File, onProgress: (percent: number) => void) {
  return uploadRaw<StoredFileView>({ url: `${rectificationPath(brandId, rectificationId)}/evidence?name=${encodeURIComponent(file.name)}`, file, onProgress });
}

export function uploadProvincialDocument(brandId: string, file: File, onProgress: (percent: number) => void) {
  return uploadRaw<StoredFileView>({ url: `${brandPath(brandId)}/provincial-certification/document?name=${encodeURIComponent(file.name)}`, file, onProgress });
}

export const fileUrl = (brandId: string, fileId: string) => `${brandPath(brandId)}/files/${encodeURIComponent(fileId)}`;
