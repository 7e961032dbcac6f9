import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { Navigate, useLocation } from 'react-router';
import { Result, Spin } from 'antd';
import { setAccessTokenSource } from '../api/client';
import { useSession } from './session';
import type { Role } from './roles';

/** Hands the current access token to the API clients; oidc-client-ts renews it silently with the refresh token. */
export function TokenBridge({ children }: { children: ReactNode }) {
  const auth = useAuth();
  setAccessTokenSource(() => auth.user?.access_token);
  return children;
}

/** A page for signed-in people with one of the roles: a visitor is sent to Keycloak's sign-in and brought back here. */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const auth = useAuth();
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (!auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !auth.error) {
      void auth.signinRedirect({ state: { returnTo: location.pathname + location.search } });
    }
  }, [auth, location]);

  if (auth.error) {
    return <Result status="warning" title="登录未能完成" subTitle="统一身份认证服务暂时不可用，请稍后刷新页面重试。" />;
  }
  if (!session) {
    return <Spin size="large" tip="正在登录…" fullscreen />;
  }
  if (roles && !session.roles.some((role) => roles.includes(role))) {
    return <Navigate to="/forbidden" replace />;
  }
  return children;
}
