import { RequestError } from '../http/request-error.js';
import type { EmailBlocklistPolicy } from '../state/sign-in-experience.js';

/**
 * Stand-in for Logto Cloud's disposable-domain service (OSS Logto refuses to enable the option).
 * A handful of well-known throwaway domains; any other domain passes.
 */
const disposableDomains = new Set([
  '10minutemail.com', 'discard.email', 'dispostable.com', 'fakeinbox.com', 'getnada.com',
  'guerrillamail.com', 'mailinator.com', 'maildrop.cc', 'mailnesia.com', 'sharklasers.com',
  'temp-mail.org', 'tempmail.com', 'throwawaymail.com', 'trashmail.com', 'yopmail.com',
]);

const escapeRegExp = (value: string) => value.replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `*` matches any run of characters; everything else is literal. */
const matchesPattern = (pattern: string, value: string) =>
  pattern.includes('*')
    ? new RegExp(`^${escapeRegExp(pattern).replaceAll('*', '.*')}$`, 'u').test(value)
    : pattern === value;

/**
 * A custom blocklist entry: `@domain` (optionally with `*`) matches the domain, anything else the
 * whole address. Case-insensitive, like `@logto/core-kit`'s `matchesEmailBlocklistItem`.
 */
export const matchesBlocklistItem = (item: string, email: string): boolean => {
  const entry = item.toLowerCase();
  const address = email.toLowerCase();
  if (entry.startsWith('@')) {
    const domain = address.split('@')[1];
    return Boolean(domain && matchesPattern(entry.slice(1), domain));
  }
  return matchesPattern(entry, address);
};

const notAllowed = (email: string) =>
  new RequestError({ code: 'session.email_blocklist.email_not_allowed', status: 422, interpolation: { email } });

/**
 * Logto's `validateEmailAgainstBlocklistPolicy`: subaddressing (`+` in the local part), then the
 * custom list, then disposable domains. Applied to new emails only (code sends and primary-email).
 */
export const assertEmailAllowed = (policy: EmailBlocklistPolicy, email: string): void => {
  const [localPart = '', domain] = email.split('@');
  if (!domain) {
    throw new RequestError('session.email_blocklist.invalid_email');
  }
  if (policy.blockSubaddressing && localPart.includes('+')) {
    throw new RequestError({ code: 'session.email_blocklist.email_subaddressing_not_allowed', status: 422 });
  }
  if (policy.customBlocklist?.some((item) => matchesBlocklistItem(item, email))) {
    throw notAllowed(email);
  }
  if (policy.blockDisposableAddresses && disposableDomains.has(domain.toLowerCase())) {
    throw notAllowed(email);
  }
};
