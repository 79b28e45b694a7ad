import { defaultApplicationDetails, type ClientRecord } from './clients.js';

/**
 * The Management API's resource indicator on a self-hosted (OSS) Logto, whose only tenant is
 * `default`. Logto Cloud uses `https://<tenant-id>.logto.app/api`.
 */
export const managementApiIndicator = 'https://default.logto.app/api';

/** The one scope of the Management API; a token needs it for every management route. */
export const managementApiScope = 'all';

/**
 * Seeded machine-to-machine apps. The secrets are development credentials of the emulator only,
 * printed by `npm run emulator` and documented in the README.
 */
export const provisionerClient = {
  id: 'm2m-provisioner',
  secret: 'emulator-provisioner-secret',
  name: 'Provisioner (emulator)',
} as const;

export const noAccessClient = {
  id: 'm2m-no-access',
  secret: 'emulator-no-access-secret',
  name: 'No Management API access (emulator)',
} as const;

export type M2mClientInput = {
  id: string;
  name?: string;
  secret: string;
  managementApiAccess: boolean;
  createdAt: number;
};

export const m2mClient = ({ id, name, secret, managementApiAccess, createdAt }: M2mClientInput): ClientRecord => ({
  id,
  name: name ?? id,
  type: 'MachineToMachine',
  isThirdParty: false,
  redirectUris: [],
  postLogoutRedirectUris: [],
  corsAllowedOrigins: [],
  secret,
  managementApiAccess,
  details: defaultApplicationDetails(createdAt),
});

/** One with the "Logto Management API access" role, one without any role. */
export const seededM2mClients = (now: number): ClientRecord[] => [
  m2mClient({ ...provisionerClient, managementApiAccess: true, createdAt: now }),
  m2mClient({ ...noAccessClient, managementApiAccess: false, createdAt: now }),
];
