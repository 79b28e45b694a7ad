import { randomBytes } from 'node:crypto';

import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';

import { generateBackupCodes } from '../policies/backup-codes.js';
import { newEs256Key } from '../policies/passkey-key.js';
import { generateTotpSecret, isValidTotpSecret } from '../policies/totp.js';
import { generateStandardId } from '../state/ids.js';
import { withMfaData } from '../state/logto-config.js';
import { MfaUsageError, useBackupCode, usePasskey } from '../state/mfa-usage.js';
import type { MfaFactor } from '../state/mfa.js';
import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

const transports = z.enum(['usb', 'nfc', 'ble', 'internal', 'cable', 'hybrid', 'smart-card']);

/** A factor to give a user without going through the Account API (e2e setup). */
const seedInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Totp'), key: z.string().refine(isValidTotpSecret, 'Not a TOTP secret Logto accepts.').optional() }).strict(),
  z.object({ type: z.literal('BackupCode'), codes: z.array(z.string()).min(1).optional() }).strict(),
  z
    .object({
      type: z.literal('WebAuthn'),
      name: z.string().optional(),
      agent: z.string().optional(),
      rpId: z.string().optional(),
      transports: z.array(transports).optional(),
    })
    .strict(),
]);

const useInput = z.object({ code: z.string().optional() }).strict();

const notFound = (ctx: Context) => {
  ctx.status = 404;
  ctx.body = { message: 'User not found.' };
};

const refused = (ctx: Context, error: unknown) => {
  if (!(error instanceof MfaUsageError)) throw error;
  ctx.status = 400;
  ctx.body = { message: error.message };
};

/**
 * `/__emulator/users/:id/mfa…`: read a user's MFA state (secrets included: TOTP `key`, credential
 * ids, every backup code), seed factors, and stand in for MFA sign-ins, which the emulator has
 * not got: use a backup code, use a passkey.
 */
export const mfaControl = (router: Router, state: EmulatorState): void => {
  router.get('/users/:id/mfa', (ctx) => {
    const user = state.users.get(ctx.params.id ?? '');
    if (!user) return notFound(ctx);
    ctx.body = { mfaVerifications: user.mfaVerifications, logtoConfig: user.logtoConfig };
  });

  /** Adds a factor like a binding would (and turns `mfa.enabled` on); no uniqueness rules. */
  router.post('/users/:id/mfa-verifications', (ctx) => {
    const user = state.users.get(ctx.params.id ?? '');
    if (!user) return notFound(ctx);
    const input = parse(seedInput, ctx.request.body);
    const base = { id: generateStandardId(), createdAt: new Date(state.clock.now()).toISOString() };
    const factor: MfaFactor =
      input.type === 'Totp'
        ? { ...base, type: 'Totp', key: input.key ?? generateTotpSecret() }
        : input.type === 'BackupCode'
          ? { ...base, type: 'BackupCode', codes: (input.codes ?? generateBackupCodes()).map((code) => ({ code })) }
          : {
              ...base,
              type: 'WebAuthn',
              credentialId: randomBytes(32).toString('base64url'),
              publicKey: Buffer.from(newEs256Key().cosePublicKey).toString('base64url'),
              counter: 0,
              agent: input.agent ?? '',
              ...(input.transports ? { transports: input.transports } : {}),
              rpId: input.rpId ?? new URL(state.baseUrl).hostname,
              ...(input.name === undefined ? {} : { name: input.name }),
            };
    state.users.update(user.id, {
      mfaVerifications: [...user.mfaVerifications, factor],
      logtoConfig: withMfaData(user.logtoConfig, { enabled: true }),
    });
    ctx.status = 201;
    ctx.body = factor;
  });

  router.post('/users/:id/backup-codes/use', (ctx) => {
    if (!state.users.get(ctx.params.id ?? '')) return notFound(ctx);
    const { code } = parse(useInput, ctx.request.body);
    try {
      ctx.body = useBackupCode(state, ctx.params.id ?? '', code);
    } catch (error) {
      refused(ctx, error);
    }
  });

  router.post('/users/:id/mfa-verifications/:factorId/use', (ctx) => {
    if (!state.users.get(ctx.params.id ?? '')) return notFound(ctx);
    try {
      ctx.body = usePasskey(state, ctx.params.id ?? '', ctx.params.factorId ?? '');
    } catch (error) {
      refused(ctx, error);
    }
  });
};
