import { callSubsidy, sending } from './subsidyFetch';

/**
 * subsidy-service's yearly budgets (就业补助资金). Written by hand until the lead regenerates src/api/generated from the
 * service's OpenAPI document; then these calls move onto subsidyApi.
 */
export interface BudgetView {
  year: number;
  allocationFen: number;
  allocationText: string;
  reservedFen: number;
  reservedText: string;
  paidFen: number;
  paidText: string;
  remainingFen: number;
  remainingText: string;
  reference: string;
  note?: string | null;
  setBy: string;
  setAt: string;
}

export interface AllocationRequest {
  allocationFen: number;
  reference: string;
  note?: string;
}

export const budgetKeys = { all: ['subsidies', 'budgets'] as const };

export const fetchBudgets = () => callSubsidy<BudgetView[]>('/api/subsidies/budgets');

export const allocateBudget = (year: number, body: AllocationRequest) =>
  callSubsidy<BudgetView>(`/api/subsidies/budgets/${year}`, sending('PUT', body));
