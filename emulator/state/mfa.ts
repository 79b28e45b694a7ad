/**
 * A user's MFA factors as Logto stores them in `users.mfa_verifications`, and how the Account API
 * lists them. Times are ISO strings on the emulator clock, as Logto writes `new Date()`.
 */
export type WebAuthnTransport = 'usb' | 'nfc' | 'ble' | 'internal' | 'cable' | 'hybrid' | 'smart-card';

export type TotpFactor = { id: string; type: 'Totp'; createdAt: string; key: string; lastUsedAt?: string };

export type BackupCode = { code: string; usedAt?: string };
export type BackupCodeFactor = { id: string; type: 'BackupCode'; createdAt: string; codes: BackupCode[]; lastUsedAt?: string };

export type WebAuthnFactor = {
  id: string;
  type: 'WebAuthn';
  createdAt: string;
  /** base64url credential id, as in `excludeCredentials`. */
  credentialId: string;
  /** base64url COSE public key. */
  publicKey: string;
  counter: number;
  /** The request's User-Agent when it was bound. */
  agent: string;
  transports?: WebAuthnTransport[];
  /** The hostname the registration options were made for. */
  rpId: string;
  name?: string;
  lastUsedAt?: string;
};

export type MfaFactor = TotpFactor | BackupCodeFactor | WebAuthnFactor;
export type MfaFactorType = MfaFactor['type'];

export const unusedCodeCount = ({ codes }: BackupCodeFactor): number => codes.filter(({ usedAt }) => !usedAt).length;

/**
 * GET `/api/my-account/mfa-verifications` items: secrets never leave, WebAuthn entries carry
 * `agent`, `name` and `lastUsedAt`, backup-code entries how many codes are left.
 */
export const toMfaVerificationResponse = (factor: MfaFactor) => {
  const { id, createdAt, type } = factor;
  switch (factor.type) {
    case 'WebAuthn': {
      const { lastUsedAt, agent, name } = factor;
      return { id, createdAt, type, ...(lastUsedAt ? { lastUsedAt } : {}), agent, ...(name === undefined ? {} : { name }) };
    }
    case 'BackupCode': {
      return { id, createdAt, type, remainCodes: unusedCodeCount(factor) };
    }
    default: {
      return { id, createdAt, type };
    }
  }
};
