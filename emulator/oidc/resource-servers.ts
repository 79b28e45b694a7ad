import { errors, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';

import { managementApiIndicator, managementApiScope } from '../state/m2m-clients.js';
import type { EmulatorState } from '../state/store.js';

/** Logto's reserved resources get one-hour access tokens. */
const accessTokenTTL = 3600;

/**
 * Logto's `getResourceServerInfo` for the one API resource the emulator has, the Management API:
 * JWT access tokens signed with the tenant key (ES384), audience the indicator, and the scopes the
 * subject's roles grant. A user never has a Management API role here; a machine-to-machine app
 * has `all` when the control API gave it access. Any other indicator is `invalid_target`.
 */
export const resourceServerInfo =
  (state: EmulatorState) =>
  (ctx: KoaContextWithOIDC, indicator: string): ResourceServer => {
    if (indicator !== managementApiIndicator) {
      throw new errors.InvalidTarget();
    }
    const { client, session, entities } = ctx.oidc;
    const userId = session?.accountId ?? entities.Account?.accountId;
    const record = client ? state.clients.get(client.clientId) : undefined;
    const granted = !userId && record?.type === 'MachineToMachine' && record.managementApiAccess === true;
    return {
      accessTokenFormat: 'jwt',
      jwt: { sign: { alg: 'ES384' } },
      accessTokenTTL,
      scope: granted ? managementApiScope : '',
    };
  };
