/**
 * Whether this page runs on its own, inside an allowed host's iframe, or inside a frame it must
 * not show the account in (clickjacking defence: a site not on `embed.allowedOrigins`).
 */
export type EmbedMode =
  | { kind: 'top' }
  | { kind: 'framed'; hostOrigin: string; hostToken: boolean }
  | { kind: 'refused'; hostOrigin?: string };

export const signInPopupName = 'logto-account-center-sign-in';

/** The embedding page's origin: Chromium and Safari say it; elsewhere the referrer is the clue. */
export function hostOriginOf(location: Location, referrer: string): string | undefined {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  return referrer && URL.canParse(referrer) ? new URL(referrer).origin : undefined;
}

export function detectEmbedMode(
  allowedOrigins: readonly string[],
  { framed = window.self !== window.top, location = window.location, referrer = document.referrer } = {},
): EmbedMode {
  if (!framed) return { kind: 'top' };
  const hostOrigin = hostOriginOf(location, referrer);
  if (!hostOrigin || !allowedOrigins.includes(hostOrigin)) return { kind: 'refused', hostOrigin };
  // The host asks for this in the frame's URL; the token itself only ever comes by postMessage.
  const hostToken = new URLSearchParams(location.search).get('embed') === 'host-token';
  return { kind: 'framed', hostOrigin, hostToken };
}

/** This window is the sign-in popup a framed copy of the app opened. */
export const isSignInPopup = () => window.name === signInPopupName && window.opener !== null;
