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

export function takeNotice(): Notice | undefined {
  const notice = session.getItem(noticeKey);
  session.removeItem(noticeKey);
  return notices.find((known) => known === notice);
}
