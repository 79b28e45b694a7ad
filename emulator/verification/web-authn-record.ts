import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';

import { RequestError } from '../http/request-error.js';
import type { WebAuthnTransport } from '../state/mfa.js';
import type { VerificationRecord } from '../state/verification-records.js';

const transports = z.enum(['usb', 'nfc', 'ble', 'internal', 'cable', 'hybrid', 'smart-card']);

/** The registration payload the verify route accepts (Logto's shape; `type` is `WebAuthn`). */
export const registrationPayloadGuard = z.object({
  type: z.literal('WebAuthn'),
  id: z.string(),
  rawId: z.string(),
  response: z.object({
    clientDataJSON: z.string(),
    attestationObject: z.string(),
    authenticatorData: z.string().optional(),
    transports: z.array(transports).optional(),
    publicKeyAlgorithm: z.number().optional(),
    publicKey: z.string().optional(),
  }),
  authenticatorAttachment: z.enum(['cross-platform', 'platform']).optional(),
  // Logto's guard spells the credProps key `crepProps`, so a browser's `credProps` is dropped.
  clientExtensionResults: z.object({
    appid: z.boolean().optional(),
    crepProps: z.object({ rk: z.boolean().optional() }).optional(),
    hmacCreateSecret: z.boolean().optional(),
  }),
});

export type RegistrationPayload = z.infer<typeof registrationPayloadGuard>;

/** What a verified registration leaves in the record, ready to become the user's passkey. */
export type RegisteredCredential = {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports?: WebAuthnTransport[];
  rpId: string;
};

/** The payload of a WebAuthn verification record. */
export type WebAuthnRecordData = {
  registrationChallenge: string;
  /** The hostname of the request that asked for the options. */
  registrationRpId: string;
  registrationInfo?: RegisteredCredential;
};

export const webAuthnDataOf = (record: VerificationRecord): WebAuthnRecordData => record.data as WebAuthnRecordData;

/**
 * Verifies a registration response with @simplewebauthn/server against the record's challenge and
 * the accepted origins. Like Logto: no expected RP ID, user verification not enforced here, and
 * any library error becomes 400 `session.mfa.webauthn_verification_failed` with its message.
 */
export const verifyRegistration = async (
  payload: RegistrationPayload,
  { registrationChallenge, registrationRpId }: WebAuthnRecordData,
  expectedOrigins: string[]
): Promise<RegisteredCredential> => {
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: { ...payload, type: 'public-key' } as RegistrationResponseJSON,
      expectedChallenge: registrationChallenge,
      expectedOrigin: expectedOrigins,
      requireUserVerification: false,
    });
  } catch (error) {
    throw new RequestError('session.mfa.webauthn_verification_failed', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (!result.verified) {
    throw new RequestError('session.mfa.webauthn_verification_failed');
  }
  const { id, publicKey, counter, transports: credentialTransports } = result.registrationInfo.credential;
  return {
    credentialId: id,
    publicKey: Buffer.from(publicKey).toString('base64url'),
    counter,
    ...(credentialTransports ? { transports: credentialTransports as WebAuthnTransport[] } : {}),
    rpId: registrationRpId,
  };
};
