import type { JsonWebKey } from 'node:crypto';

import type Router from '@koa/router';

import { managementApiAuth } from '../http/management-auth.js';
import type { EmulatorState } from '../state/store.js';

import { accountCenterRoutes } from './account-center.js';
import { applicationRoutes } from './applications.js';
import { connectorRoutes } from './connectors.js';
import { customProfileFieldRoutes } from './custom-profile-fields.js';
import { signInExperienceRoutes } from './sign-in-experience.js';

export type ManagementDeps = {
  router: Router;
  state: EmulatorState;
  issuer: string;
  /** The tenant's public signing keys. */
  keys: Array<JsonWebKey & { kid?: string }>;
};

/** The Management API subset the provisioning command uses, behind Logto's management auth. */
export const managementRoutes = ({ router, state, issuer, keys }: ManagementDeps): void => {
  const auth = [managementApiAuth({ issuer, keys })];
  applicationRoutes(router, auth, state);
  accountCenterRoutes(router, auth, state);
  signInExperienceRoutes(router, auth, state);
  connectorRoutes(router, auth, state);
  customProfileFieldRoutes(router, auth, state);
};
