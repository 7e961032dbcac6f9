import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../api/client';
import type { components } from '../api/generated/application-service';
import { ProblemError } from '../api/problem';

/** The applicant unit's profile (单位档案): its legal name, type and district stand in every application it hands in. */
export type ProfileView = components['schemas']['ProfileView'];
export type ProfileRequest = components['schemas']['ProfileRequest'];

export const profileKeys = {
  own: ['organisation', 'profile'] as const,
};

/** The unit's profile with its version (the ETag), or null when the unit has none yet (404). */
export async function fetchOwnProfile(): Promise<ProfileView | null> {
  try {
    return await unwrap(applicationApi.GET('/api/organisations/me/profile'));
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

export function useOwnProfile() {
  return useQuery({ queryKey: profileKeys.own, queryFn: fetchOwnProfile, staleTime: 60_000 });
}
