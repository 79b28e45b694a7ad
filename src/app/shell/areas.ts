import type { MessageKey } from '../../i18n/i18n';

/** The areas of the account center, in navigation order. Each appears once it is built. */
export const areas: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/profile', label: 'nav.profile' },
  { path: '/security', label: 'nav.security' },
  { path: '/connections', label: 'nav.connections' },
];
