import type { AccountCenterField } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';

export type Area = {
  path: string;
  label: MessageKey;
  /** Shown only while this field control is not Off… */
  field?: AccountCenterField;
  /** …and the app asks Logto for this scope. */
  scope?: string;
};

/** The areas of the account center, in navigation order. */
export const areas: readonly Area[] = [
  { path: '/', label: 'nav.overview' },
  { path: '/profile', label: 'nav.profile' },
  { path: '/security', label: 'nav.security' },
  { path: '/connections', label: 'nav.connections' },
  { path: '/devices', label: 'nav.devices', field: 'session', scope: 'urn:logto:scope:sessions' },
];
