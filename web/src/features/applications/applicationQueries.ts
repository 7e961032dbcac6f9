import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { applicationApi, eligibilityApi, reviewApi, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { BrandLevel } from '../../shared/vocabulary';
import { BRAND_NAME_MAX, type ApplicationView, type ContentRequest } from './formModel';

/** The calls the applicant's pages make and the cache keys of their answers. */

export const applicationKeys = {
  lists: ['applications', 'list'] as const,
  one: (id: string) => ['applications', 'one', id] as const,
  checks: (id: string) => ['applications', 'checks', id] as const,
};

/** The campaign's criteria, to show each figure's threshold. */
export function useCriteria(campaign: string | undefined) {
  return useQuery({
    queryKey: ['eligibility', 'criteria', campaign],
    queryFn: () => unwrap(eligibilityApi.GET('/api/eligibility/campaigns/{campaign}/criteria', { params: { path: { campaign: campaign! } } })),
    enabled: campaign !== undefined,
    staleTime: Infinity,
  });
}

export function fetchApplication(id: string): Promise<ApplicationView> {
  return unwrap(applicationApi.GET('/api/applications/{id}', { params: { path: { id } } }));
}

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: applicationKeys.one(id ?? ''),
    queryFn: () => fetchApplication(id!),
    enabled: id !== undefined,
  });
}

export function openDraft(content: ContentRequest): Promise<ApplicationView> {
  return unwrap(applicationApi.POST('/api/applications', { body: content }));
}

/** Saves the draft over the version it was read at; a stale version is refused with 412. */
export function reviseDraft(id: string, version: number, content: ContentRequest): Promise<ApplicationView> {
  return unwrap(applicationApi.PUT('/api/applications/{id}', {
    params: { path: { id }, header: { 'If-Match': `"${version}"` } },
    body: content,
  }));
}

export function submitApplication(id: string): Promise<ApplicationView> {
  return unwrap(applicationApi.POST('/api/applications/{id}/submit', { params: { path: { id } } }));
}

/** Hands the application in again after the district's supplement request. */
export function resubmitApplication(id: string): Promise<ApplicationView> {
  return unwrap(applicationApi.POST('/api/applications/{id}/resubmit', { params: { path: { id } } }));
}

export function withdrawApplication(id: string, reason: string): Promise<ApplicationView> {
  return unwrap(applicationApi.POST('/api/applications/{id}/withdraw', { params: { path: { id } }, body: { reason } }));
}

/** Every check before submission at once, asked afresh whenever the list is shown (the draft may have changed). */
export function useSubmissionChecks(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: applicationKeys.checks(id ?? ''),
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/checks', { params: { path: { id: id! } } })),
    enabled: enabled && id !== undefined,
    refetchOnMount: 'always',
  });
}

const NAME_CHECK_DELAY_MS = 400;

/** The value, once it has stayed the same for the delay: what is typed is checked when the typing pauses. */
export function useSettled<T>(value: T, delay = NAME_CHECK_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The name against the naming rule of its level, for the unit's type and legal name, checked as it is typed (once the
 * typing pauses); nothing for an empty name, nor for one too long to be kept (the field says so). `checking` while the
 * answer is for an earlier text.
 */
export function useNameCheck(name: string | undefined, level: BrandLevel) {
  const trimmed = name?.trim() ?? '';
  const typed = trimmed.length <= BRAND_NAME_MAX ? trimmed : '';
  const settled = useSettled(typed);
  const query = useQuery({
    queryKey: ['applications', 'name-check', level, settled],
    queryFn: () => unwrap(applicationApi.GET('/api/applications/name-check', { params: { query: { name: settled, level } } })),
    enabled: settled.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  const current = typed.length > 0 && settled === typed && !query.isPlaceholderData;
  return { check: typed ? query.data : undefined, error: query.error, checking: typed.length > 0 && (!current || query.isFetching) };
}

/** The answer, or null while the service does not know the application yet (404). */
async function orNotYet<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

const POLL_MS = 3_000;
const POLL_TIMES = 60;

interface PolledState {
  data: unknown;
  dataUpdateCount: number;
}

/** Whether the answer is still "not yet" after asking every 3 s for three minutes. */
function stoppedWaiting(state: PolledState | undefined): boolean {
  return state?.data === null && state.dataUpdateCount >= POLL_TIMES;
}

/**
 * An answer that is "not yet" (null) for a moment after submitting, asked again every 3 s until it comes or the
 * waiting stops (`gaveUp`).
 */
function usePolled<T>(queryKey: readonly unknown[], ask: () => Promise<T>, enabled: boolean) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey,
    queryFn: () => orNotYet(ask()),
    enabled,
    refetchInterval: ({ state }) => (state.data === null && !stoppedWaiting(state) ? POLL_MS : false),
  });
  return { ...query, gaveUp: stoppedWaiting(queryClient.getQueryState(queryKey)) };
}

/** The eligibility pre-check of a submitted application; null until it has been made (a moment after submitting). */
export function useAssessment(applicationId: string, enabled: boolean) {
  return usePolled(
    ['eligibility', 'assessment', applicationId],
    () => unwrap(eligibilityApi.GET('/api/eligibility/assessments/{applicationId}', { params: { path: { applicationId } } })),
    enabled,
  );
}

/** Where the review of a submitted application stands; null until the district has opened its case. */
export function useReviewProgress(applicationId: string, enabled: boolean) {
  return usePolled(
    ['reviews', 'progress', applicationId],
    () => unwrap(reviewApi.GET('/api/reviews/applications/{applicationId}/progress', { params: { path: { applicationId } } })),
    enabled,
  );
}
