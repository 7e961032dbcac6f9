import { reviewApi, unwrap } from '../../api/client';
import type { components as ApplicationComponents } from '../../api/generated/application-service';
import { downloadFile, uploadRaw } from '../../shared/transfer';
import type { Attachment, ConclusionRequest, DraftRequest, InspectionView } from './inspectionModel';

/** The inspection's calls: the record in review-workflow-service, its photos and documents in application-service. */

/** An inspection file as application-service answers its upload (the materials' FileView). */
export type InspectionFile = ApplicationComponents['schemas']['FileView'];

export const inspectionKeys = {
  // under the case's key, so that every step on the case reads the record again
  of: (caseId: string) => ['reviews', 'case', caseId, 'inspection'] as const,
};

export function fetchInspection(caseId: string): Promise<InspectionView> {
  return unwrap(reviewApi.GET('/api/reviews/cases/{id}/inspection', { params: { path: { id: caseId } } }));
}

export function saveInspection(caseId: string, body: DraftRequest): Promise<InspectionView> {
  return unwrap(reviewApi.PUT('/api/reviews/cases/{id}/inspection', { params: { path: { id: caseId } }, body }));
}

export function concludeInspection(caseId: string, body: ConclusionRequest): Promise<InspectionView> {
  return unwrap(reviewApi.POST('/api/reviews/cases/{id}/inspection/conclusion', { params: { path: { id: caseId } }, body }));
}

/** A photo or document of the inspection, sent as the raw request body with its progress. */
export function uploadInspectionFile(applicationId: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal) {
  return uploadRaw<InspectionFile>({
    url: `/api/applications/${encodeURIComponent(applicationId)}/inspection-files?name=${encodeURIComponent(file.name)}`,
    file,
    onProgress,
    signal,
  });
}

/** One of the record's files (review-workflow-service always names both its file and its name). */
export function downloadInspectionFile(applicationId: string, attachment: Attachment) {
  return downloadFile(`/api/applications/${encodeURIComponent(applicationId)}/inspection-files/${encodeURIComponent(attachment.fileId!)}`,
    attachment.name!);
}
