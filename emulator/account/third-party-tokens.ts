import type { Context } from 'koa';
import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody } from '../http/context.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { behaviourOf } from '../social/behaviours.js';
import { withConnectorErrors } from '../social/connector-error.js';
import { refreshSsoToken } from '../social/sso-idp.js';
import type { EmulatorState } from '../state/store.js';
import type { TokenResponse } from '../state/token-vault.js';
import { verifiedSocialIdentity } from '../verification/social-record.js';

import { formatTokenResponse, readStoredAccessToken } from './token-response.js';

const putBody = z.object({ verificationRecordId: z.string().min(1) });

/** No field control, step-up or first-party check here; only the `identities` scope (403). */
const assertIdentitiesScope = (ctx: Context) =>
  assertThat(authOf(ctx).scopes.has('identities'), new RequestError({ code: 'auth.forbidden', status: 403 }));

const notFound = () => new RequestError({ code: 'secrets.third_party_token_set.token_not_found', status: 404 });

/** Logto's `socials.refreshTokenSetSecret`: the connector must still exist, store tokens and refresh. */
const refreshSocialToken = async (state: EmulatorState, connectorId: string, refreshToken: string): Promise<TokenResponse> => {
  const connector = state.connectors.social(connectorId);
  if (!connector) {
    throw new RequestError({ code: 'session.invalid_connector_id', status: 422, interpolation: { connectorId } });
  }
  const { refresh } = behaviourOf(connector.kind);
  if (!(connector.isTokenStorageSupported && connector.enableTokenStorage && refresh)) {
    throw new RequestError({ code: 'connector.token_storage_not_supported', status: 422 });
  }
  return withConnectorErrors(() =>
    refresh(connector, refreshToken, { providers: state.mockProviders, baseUrl: state.baseUrl })
  );
};

/**
 * The Secret Vault routes: GET/PUT `/api/my-account/identities/:target/access-token` and GET
 * `/api/my-account/sso-identities/:connectorId/access-token`.
 */
export const thirdPartyTokenRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.get('/my-account/identities/:target/access-token', ...userApi, async (ctx) => {
    assertIdentitiesScope(ctx);
    const { userId } = authOf(ctx);
    const target = ctx.params.target ?? '';
    const secret = state.tokenVault.findSocial(userId, target);
    if (!secret) {
      throw notFound();
    }
    ctx.body = await readStoredAccessToken({
      tokens: secret.tokens,
      nowMs: state.clock.now(),
      refresh: (refreshToken) => refreshSocialToken(state, secret.connectorId, refreshToken),
      save: (tokens) => state.tokenVault.upsertSocial({ ...secret, tokens }),
      remove: () => state.tokenVault.deleteSocial(userId, target),
    });
  });

  router.get('/my-account/sso-identities/:connectorId/access-token', ...userApi, async (ctx) => {
    assertIdentitiesScope(ctx);
    const { userId } = authOf(ctx);
    const connectorId = ctx.params.connectorId ?? '';
    const secret = state.tokenVault.findSso(userId, connectorId);
    if (!secret) {
      throw notFound();
    }
    ctx.body = await readStoredAccessToken({
      tokens: secret.tokens,
      nowMs: state.clock.now(),
      refresh: (refreshToken) => refreshSsoToken(state, connectorId, refreshToken),
      save: (tokens) => state.tokenVault.upsertSso({ ...secret, tokens }),
      remove: () => state.tokenVault.deleteSso(userId, connectorId),
    });
  });

  /** Stores the token set of a fresh social verification of the identity the user already has. */
  router.put('/my-account/identities/:target/access-token', ...userApi, bodyGuard(putBody), (ctx) => {
    assertIdentitiesScope(ctx);
    const { userId } = authOf(ctx);
    const target = ctx.params.target ?? '';
    const { verificationRecordId } = guardedBody<z.infer<typeof putBody>>(ctx);

    const { data, connector, target: recordTarget, userInfo } = verifiedSocialIdentity(state, verificationRecordId);
    if (recordTarget !== target) {
      throw new RequestError({
        code: 'verification_record.social_verification.invalid_target',
        status: 422,
        interpolation: { expected: target, actual: recordTarget },
      });
    }
    const owner = state.users.findByIdentity(target, userInfo.id);
    assertThat(
      owner?.id === userId,
      new RequestError({ code: 'user.identity_not_exists_in_current_user', status: 422 })
    );
    assertThat(
      data.tokenSet,
      new RequestError({ code: 'verification_record.social_verification.token_response_not_found', status: 422 })
    );

    state.tokenVault.upsertSocial({ userId, target, connectorId: connector.id, identityId: userInfo.id, tokens: data.tokenSet });
    ctx.body = formatTokenResponse(data.tokenSet, Math.floor(state.clock.now() / 1000));
  });
};
