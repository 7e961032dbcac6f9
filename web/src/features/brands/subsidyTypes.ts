/**
 * The one-time subsidies (一次性奖补) paid to a brand's unit, as the registry answers them on the brand's detail and in the list.
 * Written by hand until `src/api/generated` is regenerated from the registry's OpenAPI document (then
 * `components['schemas']['PaidSubsidyView']`, narrowed with `Filled`).
 */
export interface PaidSubsidyView {
  certificationLevel: 'DISTRICT' | 'CITY' | 'PROVINCIAL';
  /** 市级 / 省级 */
  levelLabel: string;
  amountFen: number;
  /** ¥50,000.00 */
  amountText: string;
  paidAt: string;
}

/** What a brand's view carries of them: each subsidy paid (the city's first) and whether any was. */
export interface WithPaidSubsidies {
  subsidies?: PaidSubsidyView[] | null;
  subsidyPaid?: boolean | null;
}
