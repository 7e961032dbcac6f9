import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import { downloadFile, uploadRaw } from '../../shared/transfer';
import type { DisclosedWorker, ImportAnswer } from './rosterModel';

/** The roster calls and the cache keys of their answers. */

export const rosterKeys = {
  all: (applicationId: string) => ['roster', applicationId] as const,
  view: (applicationId: string) => ['roster', applicationId, 'view'] as const,
  overlaps: (applicationId: string) => ['roster', applicationId, 'overlaps'] as const,
  workers: (applicationId: string, year: number | undefined, after: number) => ['roster', applicationId, 'workers', year ?? 'all', after] as const,
};

export function useRoster(applicationId: string) {
  return useQuery({
    queryKey: rosterKeys.view(applicationId),
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/roster', { params: { path: { id: applicationId } } })),
  });
}

export function useRosterOverlaps(applicationId: string, enabled = true) {
  return useQuery({
    queryKey: rosterKeys.overlaps(applicationId),
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/roster/overlaps', { params: { path: { id: applicationId } } })),
    enabled,
  });
}

export const WORKERS_PAGE = 20;

export function useRosterWorkers(applicationId: string, year: number | undefined, after: number, enabled = true) {
  return useQuery({
    queryKey: rosterKeys.workers(applicationId, year, after),
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/roster/workers', {
      params: { path: { id: applicationId }, query: { year, after, limit: WORKERS_PAGE } },
    })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function saveEmployers(applicationId: string, employers: string[]): Promise<string[]> {
  return unwrap(applicationApi.PUT('/api/applications/{id}/roster/employers', { params: { path: { id: applicationId } }, body: { employers } }));
}

/** Sends the file as the roster (the raw body), reporting the upload's progress. */
export function importRoster(applicationId: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal) {
  return uploadRaw<ImportAnswer>({
    url: `/api/applications/${encodeURIComponent(applicationId)}/roster?name=${encodeURIComponent(file.name)}`,
    file,
    onProgress,
    signal,
  });
}

export function discloseWorker(applicationId: string, line: number, reason: string): Promise<DisclosedWorker> {
  return unwrap(applicationApi.POST('/api/applications/{id}/roster/workers/{line}/disclosure', {
    params: { path: { id: applicationId, line } },
    body: { reason },
  }));
}

export type SheetFormat = 'xlsx' | 'csv';

export function downloadTemplate(format: SheetFormat) {
  return downloadFile(`/api/roster/template?format=${format}`, `务工人员花名册模板.${format}`);
}

export function downloadRefusals(applicationId: string, format: SheetFormat) {
  return downloadFile(`/api/applications/${encodeURIComponent(applicationId)}/roster/refusals?format=${format}`, `花名册拒收清单.${format}`);
}
