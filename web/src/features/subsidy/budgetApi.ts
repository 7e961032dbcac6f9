import { subsidyApi, unwrap } from '../../api/client';
import type { Filled } from '../../api/filled';
import type { components } from '../../api/generated/subsidy-service';

type Schemas = components['schemas'];

/** subsidy-service's yearly budgets (就业补助资金): every figure the service always writes. */
export type BudgetView = Filled<Schemas['BudgetView'], 'year' | 'allocationFen' | 'allocationText' | 'reservedFen' | 'reservedText'
  | 'paidFen' | 'paidText' | 'remainingFen' | 'remainingText' | 'reference' | 'setBy' | 'setAt'>;
export type AllocationRequest = Schemas['AllocationRequest'];

export const budgetKeys = { all: ['subsidies', 'budgets'] as const };

export const fetchBudgets = () => unwrap(subsidyApi.GET('/api/subsidies/budgets')) as Promise<BudgetView[]>;

export const allocateBudget = (year: number, body: AllocationRequest) =>
  unwrap(subsidyApi.PUT('/api/subsidies/budgets/{year}', { params: { path: { year } }, body })) as Promise<BudgetView>;
