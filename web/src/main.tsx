import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { WebStorageStateStore } from 'oidc-client-ts';
import { RouterProvider } from 'react-router';
import { router } from './routes';
import { TokenBridge } from './auth/AuthGate';
import { ProblemError } from './api/problem';
import { theme } from './theme';

dayjs.locale('zh-cn');

interface WebConfig {
  authority: string;
  clientId: string;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refusal (4xx) is an answer, not a glitch to retry
      retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

async function start() {
  // where Keycloak is, as the gateway knows it (the same build runs on every host)
  const config = (await (await fetch('/web-config.json')).json()) as WebConfig;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AuthProvider
        authority={config.authority}
        client_id={config.clientId}
        redirect_uri={`${window.location.origin}/signed-in`}
        post_logout_redirect_uri={`${window.location.origin}/`}
        scope="openid profile"
        automaticSilentRenew
        userStore={new WebStorageStateStore({ store: window.sessionStorage })}
        onSigninCallback={() => window.history.replaceState({}, document.title, window.location.pathname)}
      >
        <TokenBridge>
          <QueryClientProvider client={queryClient}>
            <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
              <AntApp>
                <RouterProvider router={router} />
              </AntApp>
            </ConfigProvider>
          </QueryClientProvider>
        </TokenBridge>
      </AuthProvider>
    </StrictMode>,
  );
}

void start();
