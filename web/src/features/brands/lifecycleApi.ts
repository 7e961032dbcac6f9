import { registryApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/brand-registry-service';
import type { Page, PageRequest } from '../../api/paging';
import { uploadRaw } from '../../shared/transfer';
import type { WithPaidSubsidies } from './subsidyTypes';

/** The registry's dynamic management (动态管理): its views as the screens rely on them, its calls and their cache keys. */

type Schemas = components['schemas'];

export type BrandStatus = NonNullable<Schemas['BrandLifecycleView']['status']>;
export type RectificationStatus = NonNullable<Schemas['RectificationView']['status']>;
export type RectificationReason = Schemas['OrderRequest']['reasons'][number];
export type Outcome = Schemas['DecisionRequest']['outcome'];
export type OrderRequest = Schemas['OrderRequest'];
export type DecisionRequest = Schemas['DecisionRequest'];

export type StoredFileView = Filled<Schemas['FileView'], 'id' | 'name' | 'sha256'>;
type AnswerView = Filled<Schemas['AnswerView'], never, { evidence: StoredFileView[] }>;
export type RectificationView = Filled<Schemas['RectificationView'],
  'id' | 'brandId' | 'brandName' | 'status' | 'statusLabel' | 'reasons' | 'extensions' | 'deadline' | 'overdue' | 'answerable',
  { answers: AnswerView[]; uploadedEvidence: StoredFileView[] }>;
export type ExitView = Filled<Schemas['ExitView'], 'brandId' | 'brandName'>;
export type ProvincialView = Filled<Schemas['ProvincialView'], never, { document?: StoredFileView | null }>;
export type BrandLifecycleView = Filled<Schemas['BrandLifecycleView'], 'id' | 'brandName' | 'certificateNumber' | 'status' | 'statusLabel',
  { currentRectification?: RectificationView | null; exit?: ExitView | null; provincialCertification?: ProvincialView | null }>
  & WithPaidSubsidies;

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

const brandPath = (id: string) => `/api/brands/${encodeURIComponent(id)}`;

export const fetchBrand = (id: string) =>
  unwrap(registryApi.GET('/api/brands/{id}', { params: { path: { id } } })) as Promise<BrandLifecycleView>;
export const fetchRectifications = (id: string) =>
  unwrap(registryApi.GET('/api/brands/{id}/rectifications', { params: { path: { id } } })) as Promise<RectificationView[]>;
export const orderRectification = (id: string, body: OrderRequest) =>
  unwrap(registryApi.POST('/api/brands/{id}/rectifications', { params: { path: { id } }, body })) as Promise<RectificationView>;
export const answerRectification = (id: string, rectificationId: string, text: string, evidenceFileIds: string[]) =>
  unwrap(registryApi.POST('/api/brands/{id}/rectifications/{rectificationId}/answer', {
    params: { path: { id, rectificationId } }, body: { text, evidenceFileIds },
  })) as Promise<RectificationView>;
export const decideRectification = (id: string, rectificationId: string, body: DecisionRequest) =>
  unwrap(registryApi.POST('/api/brands/{id}/rectifications/{rectificationId}/decision', {
    params: { path: { id, rectificationId } }, body,
  })) as Promise<RectificationView>;
export const decideExit = (id: string, decisionReference: string, decidedOn: string) =>
  unwrap(registryApi.POST('/api/brands/{id}/exit', { params: { path: { id } }, body: { decisionReference, decidedOn } })) as Promise<ExitView>;
export const recordProvincial = (id: string, decisionReference: string, decidedOn: string, documentFileId: string) =>
  unwrap(registryApi.POST('/api/brands/{id}/provincial-certification', {
    params: { path: { id } }, body: { decisionReference, decidedOn, documentFileId },
  })) as Promise<ProvincialView>;

export const fetchWorklist = (filter: { status?: RectificationStatus; district?: string }, page: PageRequest) =>
  unwrap(registryApi.GET('/api/brands/rectifications', { params: { query: { ...filter, ...page } } })) as Promise<Page<RectificationView>>;

export const fetchExitProposals = () => unwrap(registryApi.GET('/api/brands/exit-proposals')) as Promise<Page<ExitView>>;

/** Evidence is sent as the raw request body with its progress (openapi-fetch has no upload progress). */
export function uploadEvidence(brandId: string, rectificationId: string, file: File, onProgress: (percent: number) => void) {
  return uploadRaw<StoredFileView>({
    url: `${brandPath(brandId)}/rectifications/${encodeURIComponent(rectificationId)}/evidence?name=${encodeURIComponent(file.name)}`,
    file,
    onProgress,
  });
}

export function uploadProvincialDocument(brandId: string, file: File, onProgress: (percent: number) => void) {
  return uploadRaw<StoredFileView>({ url: `${brandPath(brandId)}/provincial-certification/document?name=${encodeURIComponent(file.name)}`, file, onProgress });
}

export const fileUrl = (brandId: string, fileId: string) => `${brandPath(brandId)}/files/${encodeURIComponent(fileId)}`;
