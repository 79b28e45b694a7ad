import { z } from 'zod';

import { requireUser } from '../account/current-user.js';
import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat } from '../http/request-error.js';

import { newRegistrationChallenge, registrationOptionsFor } from './web-authn-options.js';
import { registrationPayloadGuard, verifyRegistration, webAuthnDataOf, type WebAuthnRecordData } from './web-authn-record.js';

const verifyBody = z.object({ verificationRecordId: z.string(), payload: registrationPayloadGuard });

/**
 * POST `/api/verifications/web-authn/registration` and `/registration/verify`. No field control
 * applies (FINDINGS 19); both refuse third-party apps.
 */
export const webAuthnVerificationRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/verifications/web-authn/registration', ...userApi, (ctx) => {
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);

    // The RP ID is the hostname the API was called on (Host header), never the app's.
    const rpId = ctx.URL.hostname;
    const data: WebAuthnRecordData = { registrationChallenge: newRegistrationChallenge(), registrationRpId: rpId };
    const record = state.verificationRecords.create({ type: 'WebAuthn', userId, verified: false, data });

    // 200, not 201, as recorded.
    ctx.body = {
      verificationRecordId: record.id,
      registrationOptions: registrationOptionsFor(user, rpId, data.registrationChallenge),
      expiresAt: new Date(record.expiresAt).toISOString(),
    };
  });

  router.post('/verifications/web-authn/registration/verify', ...userApi, bodyGuard(verifyBody), async (ctx) => {
    const { clientId } = authOf(ctx);
    const { verificationRecordId, payload } = guardedBody<z.infer<typeof verifyBody>>(ctx);
    assertFirstPartyClient(state, clientId);

    const record = state.verificationRecords.findActive(verificationRecordId);
    assertThat(record?.type === 'WebAuthn', 'verification_record.not_found');
    const data = webAuthnDataOf(record);

    // Koa 3's `ctx.origin` is the request's Origin header ('' here when absent), then the
    // account center's related origins: a cross-origin SPA is accepted by its own Origin.
    const expectedOrigins = [ctx.get('origin'), ...state.accountCenter.webauthnRelatedOrigins];
    const registrationInfo = await verifyRegistration(payload, data, expectedOrigins);
    state.verificationRecords.update(record.id, { verified: true, data: { ...data, registrationInfo } });

    ctx.body = { verificationRecordId };
  });
};
