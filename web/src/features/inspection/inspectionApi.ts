import type { Client } from 'openapi-fetch';
import { reviewApi, unwrap } from '../../api/client';
import { downloadFile, uploadRaw } from '../../shared/transfer';
import type { InspectionAttachment, InspectionConclusionRequest, InspectionDraft, InspectionFile, InspectionPaths, InspectionView } from './inspectionTypes';

/** The inspection's calls: the record in review-workflow-service, its photos and documents in application-service. */

export const inspectionKeys = {
  // under the case's key, so that every step on the case reads the record again
  of: (caseId: string) => ['reviews', 'case', caseId, 'inspection'] as const,
};

// the review client seen with the inspection's paths (see inspectionTypes.ts)
const inspectionApi = reviewApi as unknown as Client<InspectionPaths>;

export function fetchInspection(caseId: string): Promise<InspectionView> {
  return unwrap(inspectionApi.GET('/api/reviews/cases/{id}/inspection', { params: { path: { id: caseId } } }));
}

export function saveInspection(caseId: string, body: InspectionDraft): Promise<InspectionView> {
  return unwrap(inspectionApi.PUT('/api/reviews/cases/{id}/inspection', { params: { path: { id: caseId } }, body }));
}

export function concludeInspection(caseId: string, body: InspectionConclusionRequest): Promise<InspectionView> {
  return unwrap(inspectionApi.POST('/api/reviews/cases/{id}/inspection/conclusion', { params: { path: { id: caseId } }, body }));
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

export function downloadInspectionFile(applicationId: string, attachment: InspectionAttachment) {
  return downloadFile(`/api/applications/${encodeURIComponent(applicationId)}/inspection-files/${encodeURIComponent(attachment.fileId)}`,
    attachment.name);
}
