import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { guardedBody } from '../http/context.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat } from '../http/request-error.js';
import { behaviourOf } from '../social/behaviours.js';
import { withConnectorErrors } from '../social/connector-error.js';
import { tokenSetFromResponse } from '../state/token-vault.js';

import { socialConnectorById, socialDataOf, type SocialRecordData } from './social-record.js';

const createBody = z.object({
  state: z.string(),
  redirectUri: z.string(),
  scope: z.string().optional(),
  connectorId: z.string(),
});

/** The body field is `verificationRecordId`, whatever Logto's OpenAPI document says (FINDINGS 9). */
const verifyBody = z.object({
  connectorData: z.record(z.unknown()),
  verificationRecordId: z.string(),
});

/**
 * POST `/api/verifications/social` and `/social/verify`. Neither has a first-party check (a
 * third-party token may start one) and neither looks at the social field control.
 */
export const socialVerificationRoutes = ({ router, state, userApi }: ApiDeps): void => {
  const env = () => ({ providers: state.mockProviders, baseUrl: state.baseUrl });

  router.post('/verifications/social', ...userApi, bodyGuard(createBody), (ctx) => {
    const { connectorId, state: callbackState, redirectUri, scope } = guardedBody<z.infer<typeof createBody>>(ctx);
    assertThat(callbackState && redirectUri, 'session.insufficient_info');
    const connector = socialConnectorById(state, connectorId);

    const authorizationUri = behaviourOf(connector.kind).authorizationUri(
      connector,
      { state: callbackState, redirectUri, ...(scope === undefined ? {} : { scope }) },
      env()
    );
    const data: SocialRecordData = {
      connectorId,
      connectorSession: { state: callbackState, redirectUri, connectorId },
    };
    const record = state.verificationRecords.create({ type: 'Social', verified: false, data });

    ctx.status = 201;
    ctx.body = {
      verificationRecordId: record.id,
      authorizationUri,
      expiresAt: new Date(record.expiresAt).toISOString(),
    };
  });

  router.post('/verifications/social/verify', ...userApi, bodyGuard(verifyBody), async (ctx) => {
    const { connectorData, verificationRecordId } = guardedBody<z.infer<typeof verifyBody>>(ctx);
    const record = state.verificationRecords.findActive(verificationRecordId);
    assertThat(record?.type === 'Social', 'verification_record.not_found');
    const data = socialDataOf(record);
    const connector = socialConnectorById(state, data.connectorId);

    // Tokens come back only when the connector type supports storage and this connector has it on.
    const withTokens = connector.isTokenStorageSupported && connector.enableTokenStorage;
    const { userInfo, tokenResponse } = await withConnectorErrors(() =>
      behaviourOf(connector.kind).userInfo(connector, connectorData, env(), withTokens)
    );
    const { tokenSet: _previous, ...rest } = data;
    const verified: SocialRecordData = {
      ...rest,
      socialUserInfo: userInfo,
      // Logto keeps a token response only when it carries an access token.
      ...(tokenResponse?.access_token ? { tokenSet: tokenSetFromResponse(tokenResponse, state.clock.now()) } : {}),
    };
    state.verificationRecords.update(record.id, { verified: true, data: verified });

    ctx.body = { verificationRecordId };
  });
};
