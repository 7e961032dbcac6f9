import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../api/client';
import type { components } from '../api/generated/application-service';

/** A campaign (申报批次): its years, its window, the notice length, and whether it accepts applications today. */
export type Campaign = components['schemas']['CampaignView'];

/** The campaign open now (or the next one, or the last one ended), as anyone may read it. */
export function useCurrentCampaign() {
  return useQuery({
    queryKey: ['campaigns', 'current'],
    queryFn: () => unwrap(applicationApi.GET('/api/public/campaigns/current')),
    staleTime: 10 * 60_000,
  });
}
