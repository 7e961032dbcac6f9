import { useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import type { Role } from './roles';
import { ROLE_NAMES } from './roles';

/** Who is signed in, as the access token says (the services decide again on every call; this only shapes the screens). */
export interface Session {
  username: string;
  name: string;
  roles: Role[];
  orgId?: string;
  district?: string;
}

interface AccessClaims {
  preferred_username?: string;
  family_name?: string;
  given_name?: string;
  realm_access?: { roles?: string[] };
  orgId?: string;
  district?: string;
}

/** The claims of a JWT's payload (base64url JSON); the signature is the services' business. */
export function claimsOf(token: string): AccessClaims {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as AccessClaims;
}

export function sessionOf(token: string): Session {
  const claims = claimsOf(token);
  const roles = (claims.realm_access?.roles ?? []).filter((role): role is Role => role in ROLE_NAMES);
  // Keycloak's "name" is given name then family name; a Chinese reader expects the family name first (王丽)
  const name = `${claims.family_name ?? ''}${claims.given_name ?? ''}` || claims.preferred_username || '';
  return { username: claims.preferred_username ?? '', name, roles, orgId: claims.orgId, district: claims.district };
}

/** The signed-in person, or undefined for a visitor; the token is decoded once per token, not on every render. */
export function useSession(): Session | undefined {
  const auth = useAuth();
  const token = auth.isAuthenticated ? auth.user?.access_token : undefined;
  return useMemo(() => (token ? sessionOf(token) : undefined), [token]);
}
