import { Prompt } from '@logto/react';
import type { QueryClient } from '@tanstack/react-query';
import { clearPendingLinks } from '../../features/connections/pending-link';
import type { VerificationStore } from '../../verification/store';
import { idTokenStorageKey, subjectOf } from './id-token';
import type { LogtoClient } from './logto-client';
import { clearReauth, readReauth, saveReturnTo, setNotice, writeReauth } from './session-storage';

export type SessionStatus = 'active' | 'redirecting' | 'reauth-failed';

type SessionDeps = {
  appId: string;
  baseUrl: URL;
  queryClient: QueryClient;
  verification: VerificationStore;
  client: () => LogtoClient;
  /** Full-page navigation; tests pass their own. */
  navigation?: { assign: (url: string) => void; reload: () => void };
};

const browserNavigation = {
  assign: (url: string) => window.location.assign(url),
  reload: () => window.location.reload(),
};

/** A re-authentication this soon after the last one means the new token failed too: stop. */
const loopWindowMs = 60_000;

/**
 * Owns everything that must happen together when the signed-in user changes or their token dies,
 * so no screen ever shows the previous user's data (Logto's own account center shipped that bug).
 */
export class SessionController {
  private status: SessionStatus = 'active';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SessionDeps) {}

  private get navigation() {
    return this.deps.navigation ?? browserNavigation;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = () => this.status;

  private setStatus(status: SessionStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  get redirectUri() {
    return new URL('callback', this.deps.baseUrl).href;
  }

  /** Forget everything that belongs to the current user: cached data, step-up records, links in progress. */
  resetLocalState() {
    this.deps.queryClient.clear();
    this.deps.verification.clear();
    clearPendingLinks();
  }

  /** A sign-in the user asked for: it also ends any re-authentication episode. */
  async signIn({ returnTo }: { returnTo?: string } = {}) {
    clearReauth();
    await this.redirectToSignIn({ returnTo, silent: false });
  }

  private async redirectToSignIn({ returnTo, silent }: { returnTo?: string; silent: boolean }) {
    if (returnTo) saveReturnTo(returnTo);
    this.setStatus('redirecting');
    await this.deps.client().signIn({ redirectUri: this.redirectUri, prompt: silent ? Prompt.None : Prompt.Consent });
  }

  async signOut() {
    this.setStatus('redirecting');
    this.resetLocalState();
    clearReauth();
    await this.deps.client().signOut(this.deps.baseUrl.href);
  }

  /**
   * The sign-in callback succeeded: a new user session starts from a clean slate. A
   * re-authentication episode stays on record until its window passes, so a token that fails
   * again right away stops the cycle instead of starting another one.
   */
  completeSignIn() {
    this.resetLocalState();
    const reauth = readReauth();
    if (reauth) writeReauth({ ...reauth, silent: false });
    this.setStatus('active');
  }

  /**
   * A request proved the token dead (expired, revoked, session ended elsewhere). Try a silent
   * sign-in once; the callback falls back to the interactive one. Never loop.
   */
  readonly handleTokenFailure = () => {
    if (this.status !== 'active') return;
    this.resetLocalState();
    const last = readReauth();
    if (last && Date.now() - last.at < loopWindowMs) {
      this.setStatus('reauth-failed');
      return;
    }
    writeReauth({ at: Date.now(), silent: true });
    void this.redirectToSignIn({ returnTo: currentPath(this.deps.baseUrl), silent: true }).catch(() =>
      this.setStatus('reauth-failed'),
    );
  };

  /** After a silent attempt found no Logto session: ask the user to sign in. */
  async continueInteractively() {
    writeReauth({ at: readReauth()?.at ?? Date.now(), silent: false });
    await this.redirectToSignIn({ silent: false });
  }

  isSilentReauth() {
    return readReauth()?.silent === true;
  }

  /**
   * Another tab signing out or signing in as someone else changes Logto's ID token in
   * localStorage. This tab's Logto client keeps its tokens in memory, so reload from a clean state.
   */
  watchOtherTabs(): () => void {
    const key = idTokenStorageKey(this.deps.appId);
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || (event.key !== key && event.key !== null)) return;
      const before = event.key === null ? undefined : event.oldValue;
      const after = event.key === null ? null : event.newValue;
      if (before === after) return;
      if (after === null) {
        this.resetLocalState();
        setNotice('signed-out-elsewhere');
        this.navigation.assign(this.deps.baseUrl.href);
        return;
      }
      if (!before || subjectOf(before) !== subjectOf(after)) {
        this.resetLocalState();
        this.navigation.reload();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }
}

function currentPath(baseUrl: URL): string {
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  const path = window.location.pathname.startsWith(basePath) ? window.location.pathname.slice(basePath.length) : '/';
  return (path || '/') + window.location.search;
}
