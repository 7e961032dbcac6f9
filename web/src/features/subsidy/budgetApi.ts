import { currentAccessToken } from '../../api/client';
import { problemFrom } from '../../api/problem';

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

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = currentAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (!response.ok) throw problemFrom(body, response.status);
  return body as T;
}

export const fetchBudgets = () => call<BudgetView[]>('/api/subsidies/budgets');

export const allocateBudget = (year: number, body: AllocationRequest) =>
  call<BudgetView>(`/api/subsidies/budgets/${year}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
