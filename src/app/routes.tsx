import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import ProfilePage from '../features/profile/ProfilePage';
import { useT } from '../i18n/I18nProvider';
import { Spinner } from '../ui/Spinner';
import { useSession, useSessionStatus, useSignedIn } from './auth/SessionProvider';
import { areaChunks } from './boot/area-chunks';
import { AppShell } from './shell/AppShell';
import { FullPageMessage } from './shell/FullPageMessage';

// Areas other than the profile load on demand, keeping the first paint small.
const SecurityPage = lazy(areaChunks['/security']!);
const ConnectionsPage = lazy(areaChunks['/connections']!);
const SocialCallbackPage = lazy(() => import('../features/connections/SocialCallbackPage'));
const DevicesPage = lazy(areaChunks['/devices']!);
const OverviewPage = lazy(areaChunks['/']!);
// Only the return from Logto needs the SDK's callback handling.
const CallbackPage = lazy(() => import('./pages/CallbackPage'));
// Pages a signed-in user with a good token does not see: not in the first page's bytes.
const SignedOutPage = lazy(() => import('./pages/SignedOutPage'));
const HostSignedOut = lazy(() => import('./pages/HostSignedOut'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Waiting({ title }: { title: string }) {
  return (
    <FullPageMessage title={title}>
      <p role="status" className="flex items-center gap-2 text-sm">
        <Spinner />
      </p>
    </FullPageMessage>
  );
}

/**
 * What a signed-in user may see, behind every state the session can be in: the start page
 * (returning here after sign-in), a redirect or popup in progress, or a session that ended.
 */
function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const signedIn = useSignedIn();
  const session = useSession();
  const status = useSessionStatus();
  const location = useLocation();
  const returnTo = location.pathname + location.search;
  if (status === 'redirecting') return <Waiting title={t('auth.redirecting')} />;
  if (status === 'signing-out') return <Waiting title={t('auth.signing_out')} />;
  if (status === 'signed-out') return <HostSignedOut />;
  if (status === 'reauth-failed') return session.hostTokenMode ? <HostSignedOut expired /> : <SignedOutPage reason="session-ended" />;
  if (status === 'popup-open' || status === 'popup-blocked') return <SignedOutPage returnTo={returnTo} reason={status} />;
  if (!signedIn) return <SignedOutPage returnTo={returnTo} />;
  return children;
}

// Routes stay one segment deep: index.html loads assets by relative URL (see base-url.ts).
export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route path="/callback" element={<CallbackPage />} />
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route path="/" element={<OverviewPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/security" element={<SecurityPage />} />
          <Route path="/connections" element={<ConnectionsPage />} />
          <Route path="/devices" element={<DevicesPage />} />
          <Route path="/social-callback" element={<SocialCallbackPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
