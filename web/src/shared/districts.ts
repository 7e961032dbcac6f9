import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../api/client';
import type { components } from '../api/generated/application-service';

/** The districts, counties and pilot zones as application-service keeps them: the only source of their names. */
export type District = components['schemas']['District'];
export type DistrictKind = NonNullable<District['kind']>;

export const DISTRICT_KINDS: Record<DistrictKind, string> = {
  COUNTY: '区市县',
  PILOT_ZONE: '先导区',
};

export const districtKeys = {
  all: ['districts'] as const,
};

/** The list, asked once an hour at most: a place is renamed or stops accepting applications rarely. */
export function useDistricts() {
  return useQuery({
    queryKey: districtKeys.all,
    queryFn: () => unwrap(applicationApi.GET('/api/public/districts')),
    staleTime: 60 * 60_000,
  });
}

/** The name of a place by its code: the code itself while the list is loading or for a place not on it. */
export function districtNameIn(districts: District[] | undefined, code?: string | null): string {
  if (!code) return '—';
  return districts?.find((district) => district.code === code)?.name ?? code;
}

/** A function naming a place by its code, from the shared list. */
export function useDistrictName(): (code?: string | null) => string {
  const { data } = useDistricts();
  return useCallback((code?: string | null) => districtNameIn(data, code), [data]);
}

/** The places grouped for a select: 区市县 first, then 先导区, each in the list's order; those not accepting disabled. */
export function districtOptions(districts: District[] | undefined) {
  const sorted = [...(districts ?? [])].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
  return (Object.keys(DISTRICT_KINDS) as DistrictKind[])
    .map((kind) => ({
      label: DISTRICT_KINDS[kind],
      title: DISTRICT_KINDS[kind],
      options: sorted.filter((district) => district.kind === kind).map((district) => ({
        value: district.code!,
        label: district.acceptingApplications ? district.name! : `${district.name}（暂停受理）`,
        disabled: !district.acceptingApplications,
      })),
    }))
    .filter((group) => group.options.length > 0);
}
