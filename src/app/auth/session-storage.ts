/**
 * What survives the sign-in redirect: where to return and whether a re-authentication is under
 * way. Paths and timestamps only; never tokens or verification ids.
 */
const returnToKey = 'account-center:return-to';
const reauthKey = 'account-center:reauth';
const noticeKey = 'account-center:notice';

export type Notice = 'signed-out-elsewhere' | 'session-ended';

export function saveReturnTo(path: string) {
  sessionStorage.setItem(returnToKey, path);
}

export function takeReturnTo(): string {
  const path = sessionStorage.getItem(returnToKey);
  sessionStorage.removeItem(returnToKey);
  // Same-app paths only: anything else could send the user elsewhere after sign-in.
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/profile';
}

type ReauthState = { at: number; silent: boolean };

export function readReauth(): ReauthState | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(reauthKey) ?? 'null') as ReauthState | null;
    return value && typeof value.at === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeReauth(state: ReauthState) {
  sessionStorage.setItem(reauthKey, JSON.stringify(state));
}

export function clearReauth() {
  sessionStorage.removeItem(reauthKey);
}

export function setNotice(notice: Notice) {
  sessionStorage.setItem(noticeKey, notice);
}

export function takeNotice(): Notice | undefined {
  const notice = sessionStorage.getItem(noticeKey);
  sessionStorage.removeItem(noticeKey);
  return notice === 'signed-out-elsewhere' || notice === 'session-ended' ? notice : undefined;
}
