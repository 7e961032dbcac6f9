import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/brand-registry-service';

/** The one-time subsidies (一次性奖补) paid to a brand's unit, as the registry answers them on the brand's detail and in the list. */
export type PaidSubsidyView = Filled<components['schemas']['PaidSubsidyView'],
  'certificationLevel' | 'levelLabel' | 'amountFen' | 'amountText' | 'paidAt'>;

/** What a brand's view carries of them: each subsidy paid (the city's first) and whether any was. */
export interface WithPaidSubsidies {
  subsidies?: PaidSubsidyView[] | null;
  subsidyPaid?: boolean | null;
}
