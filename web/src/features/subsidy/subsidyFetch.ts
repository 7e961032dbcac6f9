import { currentAccessToken } from '../../api/client';
import { problemFrom } from '../../api/problem';

/**
 * A call to subsidy-service's endpoints the generated client does not know yet (budgets, batches); the lead regenerates
 * src/api/generated from the service's OpenAPI document, then these calls move onto subsidyApi.
 */
export async function callSubsidy<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = currentAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (!response.ok) throw problemFrom(body, response.status);
  return body as T;
}

/** A JSON POST or PUT. */
export function sending(method: 'POST' | 'PUT', body?: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) };
}
