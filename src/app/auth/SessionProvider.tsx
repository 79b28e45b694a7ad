import { createContext, use, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionController, SessionStatus } from './session';

const SessionContext = createContext<SessionController | undefined>(undefined);

export function SessionProvider({ session, children }: { session: SessionController; children: ReactNode }) {
  useEffect(() => session.watchOtherTabs(), [session]);
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): SessionController {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

export function useSessionStatus(): SessionStatus {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getStatus);
}

/** Signed in with Logto here, or (host-token mode) signed in by the host that embeds this app. */
export function useSignedIn(): boolean {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.isSignedIn);
}
