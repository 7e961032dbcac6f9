import type { components } from '../../api/generated/brand-registry-service';
import { problemFrom } from '../../api/problem';

/** What the public verification of a certificate answers (GET /api/public/brands/verify/{number}). */
export type Verification = components['schemas']['Verification'];

/** 有效 green, 整改中 orange, 已退出 red: the colour a visitor reads first (an undecided exit shows as 整改中). */
export const STATUS_COLORS: Record<NonNullable<Verification['status']>, string> = {
  ACTIVE: 'success', RECTIFYING: 'warning', EXIT_PROPOSED: 'warning', EXITED: 'error',
};

/** Anonymous: the page is opened from a certificate's QR code by anyone, signed in or not. */
export async function fetchVerification(certificateNumber: string): Promise<Verification> {
  const response = await fetch(`/api/public/brands/verify/${encodeURIComponent(certificateNumber)}`, { headers: { Accept: 'application/json' } });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    throw problemFrom(body, response.status);
  }
  return body as Verification;
}
