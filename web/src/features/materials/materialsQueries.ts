import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import { downloadFile, uploadRaw } from '../../shared/transfer';
import type { MaterialFile, MaterialKind } from './materialsModel';

/** The materials calls and the cache key of the checklist. */

export const materialsKeys = {
  view: (applicationId: string) => ['materials', applicationId] as const,
};

export function useMaterials(applicationId: string) {
  return useQuery({
    queryKey: materialsKeys.view(applicationId),
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/materials', { params: { path: { id: applicationId } } })),
  });
}

/** Sends the file itself as the request body (never multipart), reporting the upload's progress. */
export function uploadMaterial(applicationId: string, kind: MaterialKind, file: File, onProgress: (percent: number) => void,
  signal?: AbortSignal) {
  return uploadRaw<MaterialFile>({
    url: `/api/applications/${encodeURIComponent(applicationId)}/materials/${kind}/files?name=${encodeURIComponent(file.name)}`,
    file,
    onProgress,
    signal,
  });
}

export function deleteMaterial(applicationId: string, fileId: string): Promise<unknown> {
  return unwrap(applicationApi.DELETE('/api/applications/{id}/materials/files/{fileId}', { params: { path: { id: applicationId, fileId } } }));
}

export function downloadMaterial(applicationId: string, file: Pick<MaterialFile, 'id' | 'label'>) {
  return downloadFile(`/api/applications/${encodeURIComponent(applicationId)}/materials/files/${encodeURIComponent(file.id!)}`,
    file.label ?? '申报材料');
}
