/**
 * What survives the sign-in redirect: where to return and whether a re-authentication is under
 * way. Paths and timestamps only; never tokens or verification ids.
 */
import { session } from '../web-storage';

const returnToKey = 'account-center:return-to';
const reauthKey = 'account-center:reauth';
const noticeKey = 'account-center:notice';

const notices = ['signed-out-elsewhere', 'session-ended', 'signed-out-here'] as const;
export type Notice = (typeof notices)[number];

export function saveReturnTo(path: string) {
  session.setItem(returnToKey, path);
}

export function takeReturnTo(): string {
  const path = session.getItem(returnToKey);
  session.removeItem(returnToKey);
  // Same-app paths only: anything else could send the user elsewhere after sign-in.
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

type ReauthState = { at: number; silent: boolean };

export function readReauth(): ReauthState | undefined {
  try {
    const value = JSON.parse(session.getItem(reauthKey) ?? 'null') as ReauthState | null;
    return value && typeof value.at === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeReauth(state: ReauthState) {
  session.setItem(reauthKey, JSON.stringify(state));
}

export function clearReauth() {
  session.removeItem(reauthKey);
}

export function setNotice(notice: Notice) {
  session.setItem(noticeKey, notice);
}

/**
 * The notice left for this page by the one before it. Reading leaves it in place: React may render
 * a component (and run its state initializer) more than once before showing it, and a read that
 * also removed it lost it for the render that counted (seen on a busy machine: the signed-out page
 * without its "You signed out of this device."). The page clears it once shown (clearNotice).
 */
export function peekNotice(): Notice | undefined {
  const stored = session.getItem(noticeKey);
  return notices.find((known) => known === stored);
}

export function clearNotice() {
  session.removeItem(noticeKey);
}
