import type { VerificationRecord } from '../../api/types';
import { session } from '../../app/web-storage';

/**
 * A link in progress must survive the full-page trip to the provider. It is kept in this tab's
 * sessionStorage only, one entry per connector, and removed when the answer comes back, when it
 * expires, or when the user signs out. It is the only place a step-up record ever leaves memory.
 */
export type LinkMode = 'link' | 'replace' | 'reconnect';

export type PendingLink = {
  connectorId: string;
  target: string;
  mode: LinkMode;
  state: string;
  verificationRecordId: string;
  expiresAt: string;
  stepUp?: VerificationRecord;
};

const prefix = 'account-center:social-link:';

export function savePendingLink(link: PendingLink) {
  session.setItem(prefix + link.connectorId, JSON.stringify(link));
}

function pendingKeys(): string[] {
  return session.keys().filter((key) => key.startsWith(prefix));
}

function read(key: string): PendingLink | undefined {
  try {
    return JSON.parse(session.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export const isExpired = (link: PendingLink, now = Date.now()) => Date.parse(link.expiresAt) <= now;

/**
 * The pending link whose `state` the provider sent back, removed as it is taken. Without a match
 * (missing, forged or replayed `state`) nothing is returned and nothing may be linked.
 */
export function takePendingLink(state: string | null): PendingLink | undefined {
  let match: PendingLink | undefined;
  for (const key of pendingKeys()) {
    const link = read(key);
    if (!link || isExpired(link)) {
      if (link?.state !== state) session.removeItem(key);
    }
    if (link && state && link.state === state) {
      match = link;
      session.removeItem(key);
    }
  }
  return match;
}

export function clearPendingLinks() {
  for (const key of pendingKeys()) session.removeItem(key);
}

/** 256 random bits, base64url: the value the callback must echo. */
export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
