import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type Provider from 'oidc-provider';

import type { OidcStore } from '../oidc/adapter.js';
import type { EmulatorState } from '../state/store.js';

import { accountCenterGate } from './account-center.js';
import { accountApiAuth } from './auth.js';

/** What an API route module needs; later slices add their stores to `EmulatorState`. */
export type ApiDeps = {
  router: Router;
  state: EmulatorState;
  provider: Provider;
  /** oidc-provider's storage, for listing a user's sessions and grants as Logto queries them. */
  oidcStore: OidcStore;
  /** Auth then the account-center gate: the chain of every `/my-account` and `/verifications` route. */
  userApi: Middleware[];
};

export const userApiChain = (provider: Provider, state: EmulatorState): Middleware[] => [
  accountApiAuth({ provider, state }),
  accountCenterGate(state),
];
