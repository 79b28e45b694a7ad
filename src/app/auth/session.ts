import type { QueryClient } from '@tanstack/react-query';
import type { Embedding } from '../../embed/embedding';
import { activeLocale } from '../../i18n/active-locale';
import { clearPendingLinks } from '../../features/connections/pending-link';
import type { VerificationStore } from '../../verification/store';
import { idTokenStorageKey, nameOf, subjectOf } from './id-token';
import type { LogtoClient, Prompt } from './logto-client';
import { cachedAccessToken, hasStoredSignIn, type SdkStorage } from './token-cache';
import { clearReauth, readReauth, saveReturnTo, setNotice, writeReauth } from './session-storage';

/**
 * `popup-open`/`popup-blocked` happen only in a frame, where sign-in runs in a popup;
 * `signed-out` only in host-token mode, where the host owns the Logto session.
 */
export type SessionStatus = 'active' | 'redirecting' | 'signing-out' | 'reauth-failed' | 'popup-open' | 'popup-blocked' | 'signed-out';

type SessionDeps = {
  appId: string;
  baseUrl: URL;
  queryClient: QueryClient;
  verification: VerificationStore;
  /** Logto's SDK, loaded on first use. */
  client: () => Promise<LogtoClient>;
  /** Where the SDK keeps its tokens, read synchronously. */
  storage: SdkStorage;
  /** Full-page navigation; tests pass their own. */
  navigation?: { assign: (url: string) => void; reload: () => void };
  /** Present when the app runs in an allowed host's iframe. */
  embedding?: Embedding;
};

const browserNavigation = {
  assign: (url: string) => window.location.assign(url),
  reload: () => window.location.reload(),
};

// The SDK's `Prompt` values, by value: importing the enum would load the SDK with the first page.
const prompt = (value: 'none' | 'consent') => value as string as Prompt;
/** Logto's sign-in pages in the language this page is in. */
const languageParams = () => ({ ui_locales: activeLocale() });

/** A re-authentication this soon after the last one means the new token failed too: stop. */
const loopWindowMs = 60_000;

/**
 * Owns everything that must happen together when the signed-in user changes or their token dies,
 * so no screen ever shows the previous user's data (Logto's own account center shipped that bug).
 */
export class SessionController {
  private status: SessionStatus = 'active';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SessionDeps) {
    // The popup's answer comes back here, and the frame finishes the sign-in in place: a reload
    // would lose the in-memory sign-in state (see logto-memory-storage.ts).
    deps.embedding?.popup?.listen(this.redirectUri, (url) => void this.completePopupSignIn(url));
  }

  private async completePopupSignIn(url: string) {
    try {
      await (await this.deps.client()).handleSignInCallback(url);
      this.completeSignIn();
    } catch {
      this.deps.embedding?.channel.post({ type: 'error', code: 'sign_in_failed' });
      this.setStatus('reauth-failed');
    }
  }

  /**
   * Signed in here (the SDK's own test: it holds an ID token), or by the host in host-token
   * mode. Read from storage as it is, so it is right before the SDK has even loaded.
   */
  readonly isSignedIn = () => this.hostTokenMode || hasStoredSignIn(this.deps.storage);

  /** The user's name as the ID token of this sign-in has it (none in host-token mode). */
  readonly signedInName = () => nameOf(this.deps.storage('idToken'));

  /** The Account API token: the SDK's cached one when it is still good, else whatever the SDK does. */
  async accessToken(): Promise<string> {
    return cachedAccessToken(this.deps.storage) ?? (await this.deps.client()).getAccessToken();
  }

  /** The sign-in callback: the SDK swaps the code for tokens; then a clean slate for the new session. */
  async handleCallback(url: string) {
    await (await this.deps.client()).handleSignInCallback(url);
    this.completeSignIn();
  }

  /** Running in a host's iframe: pages that refuse to be framed must open elsewhere. */
  get framed(): boolean {
    return Boolean(this.deps.embedding);
  }

  /** The host signs the user in and hands over tokens; this app never runs a sign-in itself. */
  get hostTokenMode(): boolean {
    return Boolean(this.deps.embedding?.hostTokens);
  }

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
    const popup = this.deps.embedding?.popup;
    if (popup) {
      // Before any await: browsers allow a popup only while handling the click.
      if (!popup.open()) return this.setStatus('popup-blocked');
      popup.watchClosed(() => this.status === 'popup-open' && this.setStatus('active'));
      if (returnTo) saveReturnTo(returnTo);
      this.setStatus('popup-open');
      await (await this.deps.client()).signIn({ redirectUri: this.redirectUri, prompt: prompt('consent'), extraParams: languageParams() });
      return;
    }
    await this.redirectToSignIn({ returnTo, silent: false });
  }

  private async redirectToSignIn({ returnTo, silent }: { returnTo?: string; silent: boolean }) {
    if (returnTo) saveReturnTo(returnTo);
    this.setStatus('redirecting');
    await (await this.deps.client()).signIn({
      redirectUri: this.redirectUri,
      prompt: prompt(silent ? 'none' : 'consent'),
      extraParams: languageParams(),
    });
  }

  /**
   * `sessionEnded`: this device's Logto session was already revoked (from the devices page), so
   * there is nothing left to end at Logto; sign out here without the end-session round trip.
   */
  async signOut({ sessionEnded = false }: { sessionEnded?: boolean } = {}) {
    const embedding = this.deps.embedding;
    // First, so nothing on screen refetches into a dead token (a revoked session) while leaving.
    if (!embedding) this.setStatus('signing-out');
    this.resetLocalState();
    clearReauth();
    if (embedding) {
      // A frame cannot show Logto's sign-out page; the host owns the rest of the sign-out.
      embedding.channel.post({ type: 'signed-out' });
      if (embedding.hostTokens) {
        embedding.hostTokens.clear();
        return this.setStatus('signed-out');
      }
      await (await this.deps.client()).clearAllTokens();
      // A reload, not a new navigation: it keeps the document's referrer, which is how browsers
      // without `location.ancestorOrigins` (Firefox) still know the host and do not refuse it.
      this.navigation.reload();
      return;
    }
    if (sessionEnded) {
      await (await this.deps.client()).clearAllTokens();
      setNotice('signed-out-here');
      this.navigation.assign(this.deps.baseUrl.href);
      return;
    }
    await (await this.deps.client()).signOut(this.deps.baseUrl.href);
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
    // A frame cannot redirect to Logto: the user signs in again from a click (popup), or the
    // host sends a fresh token.
    if (this.deps.embedding) {
      this.deps.embedding.hostTokens?.clear();
      this.deps.embedding.channel.post({ type: 'error', code: 'session_expired' });
      this.setStatus('reauth-failed');
      return;
    }
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

  /** After "try again" in host-token mode: ask the host for a token on the next request. */
  resume() {
    this.setStatus('active');
  }

  /**
   * Another tab signing out or signing in as someone else changes Logto's ID token in
   * localStorage. This tab's Logto client keeps its tokens in memory, so reload from a clean state.
   */
  watchOtherTabs(): () => void {
    // A framed copy keeps its tokens in memory: other tabs cannot change them.
    if (this.deps.embedding) return () => undefined;
    const key = idTokenStorageKey(this.deps.appId);
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== window.localStorage || (event.key !== key && event.key !== null)) return;
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
