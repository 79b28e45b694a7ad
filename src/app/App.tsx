import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from '../api/ApiProvider';
import { VerificationProvider } from '../verification/VerificationProvider';
import { SessionProvider } from './auth/SessionProvider';
import { routerBasename } from './base-url';
import { ConfigProvider } from './ConfigProvider';
import type { AppContext } from './create-app';
import { AppRoutes } from './routes';
import { BrandColors } from './shell/Branding';

const EmbedBridge = lazy(() => import('../embed/EmbedBridge'));

export function App({ context }: { context: AppContext }) {
  const { config, baseUrl } = context;
  return (
    <ConfigProvider value={{ config, baseUrl }}>
      <QueryClientProvider client={context.queryClient}>
        <ApiProvider client={context.api}>
          <SessionProvider session={context.session}>
            <VerificationProvider store={context.verification}>
              <BrowserRouter basename={routerBasename(baseUrl)}>
                <BrandColors />
                <AppRoutes />
                {context.embedding && (
                  <Suspense fallback={null}>
                    <EmbedBridge embedding={context.embedding} />
                  </Suspense>
                )}
              </BrowserRouter>
            </VerificationProvider>
          </SessionProvider>
        </ApiProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
