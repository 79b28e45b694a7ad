import { useBackupCode } from '../state/mfa-usage.js';
import type { MfaFactor } from '../state/mfa.js';

import type { ReplayContext } from './context.js';
import { recordedAccountCenterExtras, recordedPassword as password, recordedUserLogtoConfig } from './recorded-tenant.js';
import { loadArea, type RecordedExchange } from './recordings.js';
import type { Hook, Scenario } from './scenarios.js';

/**
 * TOTP codes in the recordings were computed for the time they were sent; replaying on that time
 * (the emulator clock may go back or forward) lets the recorded codes verify as they did.
 */
const onRecordedTime: Hook = (context, exchange) => {
  if (exchange.recordedAt) {
    context.state.clock.advance(Date.parse(exchange.recordedAt) - context.state.clock.now());
  }
};

const recordedUser = (username: string) => ({ username, password, logtoConfig: recordedUserLogtoConfig() });

const recordedBody = (area: string, name: string): unknown =>
  loadArea(area).find((exchange) => exchange.name === name)?.response.body;

/** The challenge the authenticator signed, from a recorded registration payload's client data. */
const signedChallenge = (exchange: RecordedExchange): string => {
  const { payload } = exchange.request.body as { payload: { response: { clientDataJSON: string } } };
  return (JSON.parse(Buffer.from(payload.response.clientDataJSON, 'base64url').toString('utf8')) as { challenge: string })
    .challenge;
};

/** A registration the recording made (and did not record) right before verifying it. */
const unrecordedRegistration: Hook = async (context, exchange) => {
  const { verificationRecordId } = exchange.request.body as { verificationRecordId: string };
  await context.webAuthnRegistration(verificationRecordId, signedChallenge(exchange));
};

/**
 * "Second user: TOTP + 10 backup codes, all 10 used in MFA sign-ins": the sign-ins went through
 * the Experience API, which is not emulated, so the state is written directly, with the codes
 * the recording later read back.
 */
const exhaustedBackupCodes: Hook = async (context: ReplayContext) => {
  await context.useUser('exhausted', recordedUser('rec_bc_exhausted'));
  const { codes } = recordedBody('mfa-backup-codes', 'get-backup-codes-all-used') as {
    codes: Array<{ code: string; usedAt: string }>;
  };
  const createdAt = new Date(context.state.clock.now()).toISOString();
  const factors: MfaFactor[] = [
    { id: 'recordedtotp', type: 'Totp', createdAt, key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
    { id: 'recordedcodes', type: 'BackupCode', createdAt, codes },
  ];
  context.state.users.update(context.current.id, { mfaVerifications: factors });
};

export const mfaScenarios: Record<string, Scenario> = {
  'mfa-totp': {
    user: recordedUser('rec_totp'),
    beforeEach: onRecordedTime,
    before: {
      // The recording switched to a second user here (its TOTP is the one listed at the end).
      'post-mfa-verifications-totp-without-code-ok': (context) => context.useUser('second', recordedUser('rec_totp_2')),
      // "sign-in experience mfa.factors temporarily set to [WebAuthn, BackupCode]".
      'post-mfa-verifications-totp-factor-not-enabled': (context) => {
        context.state.signInExperience.mfa = { ...context.state.signInExperience.mfa, factors: ['WebAuthn', 'BackupCode'] };
      },
    },
  },

  'mfa-backup-codes': {
    user: recordedUser('rec_bc'),
    beforeEach: onRecordedTime,
    before: {
      // "backup code 6c7d921efa was used for an MFA sign-in (Experience API) just before".
      'get-mfa-verifications-after-one-code-used': (context) => {
        useBackupCode(context.state, context.current.id, '6c7d921efa');
      },
      'get-mfa-verifications-all-codes-used': exhaustedBackupCodes,
    },
  },

  'mfa-webauthn': {
    user: recordedUser('rec_wa'),
    setup: (context) => context.setAccountCenter(recordedAccountCenterExtras),
    after: {
      'post-webauthn-registration-ok': (context, exchange) => {
        const { verificationRecordId, registrationOptions } = exchange.response.body as {
          verificationRecordId: string;
          registrationOptions: { challenge: string };
        };
        context.adoptChallenge(verificationRecordId, registrationOptions.challenge);
      },
    },
    before: {
      // The TOTP listed next to the passkeys was bound between two recorded exchanges.
      'get-mfa-verifications-webauthn-and-totp': (context) => context.bindTotp(),
      'post-webauthn-registration-verify-origin-header-matches-client-data': unrecordedRegistration,
      'post-webauthn-registration-verify-origin-header-5173-client-data-4175': unrecordedRegistration,
      'post-webauthn-registration-verify-no-origin-header': unrecordedRegistration,
    },
  },

  'mfa-settings': {
    user: recordedUser('rec_mfa_settings'),
  },
};
