import { useAuth } from 'react-oidc-context';
import { Navigate } from 'react-router';
import { Spin } from 'antd';
import { useSession } from './session';
import { homeOf } from './roles';

/**
 * Where Keycloak sends a person back to: on to the page they wanted, or to their role's home. The workbench's own
 * entry (/workbench) always goes to the role's home.
 */
export function SignedIn({ toRoleHome = false }: { toRoleHome?: boolean }) {
  const auth = useAuth();
  const session = useSession();
  if (!session) {
    return auth.isLoading ? <Spin size="large" fullscreen tip="正在登录…" /> : <Navigate to="/" replace />;
  }
  const returnTo = toRoleHome ? undefined : (auth.user?.state as { returnTo?: string } | undefined)?.returnTo;
  return <Navigate to={returnTo && returnTo !== '/signed-in' ? returnTo : homeOf(session.roles)} replace />;
}
