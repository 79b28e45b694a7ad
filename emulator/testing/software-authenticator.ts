import { createHash, randomBytes } from 'node:crypto';

import { isoCBOR } from '@simplewebauthn/server/helpers';

import { newEs256Key } from '../policies/passkey-key.js';

export type CreationOptions = { challenge: string; rp: { id: string } };

/** Authenticator data flags: user present, user verified, attested credential data included. */
const userPresent = 0x01;
const userVerified = 0x04;
const attestedCredentialData = 0x40;

const base64url = (data: Uint8Array) => Buffer.from(data).toString('base64url');

/**
 * A passkey authenticator in software: one ES256 credential, attestation `none`, as a browser's
 * `navigator.credentials.create()` plus `@simplewebauthn/browser` would hand it to the app. The
 * result is what the SPA posts as `payload` to `/api/verifications/web-authn/registration/verify`.
 */
export class SoftwareAuthenticator {
  readonly #credentialId = randomBytes(32);
  readonly #cosePublicKey = newEs256Key().cosePublicKey;

  get credentialId(): string {
    return base64url(this.#credentialId);
  }

  /** Creates the credential for `options` on a page at `origin` (e.g. `http://localhost:4173`). */
  register(options: CreationOptions, origin: string, { userVerification = true } = {}) {
    const clientData = { type: 'webauthn.create', challenge: options.challenge, origin, crossOrigin: false };
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.#credentialId.length);
    const authData = Buffer.concat([
      createHash('sha256').update(options.rp.id).digest(),
      Buffer.from([userPresent | attestedCredentialData | (userVerification ? userVerified : 0)]),
      Buffer.alloc(4), // signature counter 0
      Buffer.alloc(16), // AAGUID: none
      idLength,
      this.#credentialId,
      this.#cosePublicKey,
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(authData)],
      ])
    );
    return {
      type: 'WebAuthn' as const,
      id: this.credentialId,
      rawId: this.credentialId,
      response: {
        clientDataJSON: Buffer.from(JSON.stringify(clientData)).toString('base64url'),
        attestationObject: base64url(attestationObject),
        transports: ['internal' as const],
      },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: {},
    };
  }
}
