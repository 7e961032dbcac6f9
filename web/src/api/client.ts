import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ApplicationPaths } from './generated/application-service';
import type { paths as EligibilityPaths } from './generated/eligibility-service';
import type { paths as ReviewPaths } from './generated/review-workflow-service';
import type { paths as RegistryPaths } from './generated/brand-registry-service';
import type { paths as SubsidyPaths } from './generated/subsidy-service';
import type { paths as NotificationPaths } from './generated/notification-service';
import { problemFrom } from './problem';

let accessToken: () => string | undefined = () => undefined;

/** The signed-in session hands its current (silently renewed) access token to every call. */
export function setAccessTokenSource(source: () => string | undefined) {
  accessToken = source;
}

/** The current access token, for the calls made without openapi-fetch (uploads with progress, file downloads). */
export function currentAccessToken(): string | undefined {
  return accessToken();
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

// Every service is reached through the gateway, on the SPA's own origin.
function clientFor<Paths extends object>() {
  const client = createClient<Paths>({ baseUrl: '' });
  client.use(bearer);
  return client;
}

export const applicationApi = clientFor<ApplicationPaths>();
export const eligibilityApi = clientFor<EligibilityPaths>();
export const reviewApi = clientFor<ReviewPaths>();
export const registryApi = clientFor<RegistryPaths>();
export const subsidyApi = clientFor<SubsidyPaths>();
export const notificationApi = clientFor<NotificationPaths>();

/** The data of a call, or a ProblemError carrying the problem document's Chinese detail. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw problemFrom(error, response.status);
  }
  return data as T;
}
