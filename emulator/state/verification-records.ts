import type { Clock } from './clock.js';
import { generateStandardId } from './ids.js';

/** Logto's `VerificationType` values for the records the Account API can create. */
export type VerificationType =
  | 'Password'
  | 'EmailVerificationCode'
  | 'PhoneVerificationCode'
  | 'Social'
  | 'WebAuthn';

export type TemplateType = 'UserPermissionValidation' | 'BindMfa' | 'BindNewIdentifier';

export type VerificationRecord = {
  id: string;
  type: VerificationType;
  /** Set only for records bound to the user (password, own email/phone, WebAuthn). */
  userId?: string;
  verified: boolean;
  /** Emulator-clock milliseconds. */
  expiresAt: number;
  templateType?: TemplateType;
  identifier?: { type: string; value: string };
  /** Type-specific payload for later slices (code, connector session, WebAuthn challenge…). */
  data?: Record<string, unknown>;
};

/** Every record lives 10 minutes from creation; verifying it later does not extend that. */
export const verificationRecordTtlMs = 10 * 60 * 1000;

export class VerificationRecordStore {
  readonly #records = new Map<string, VerificationRecord>();

  constructor(private readonly clock: Clock) {}

  /** `id` may be chosen up front, as Logto does when a code is sent before the row is stored. */
  create(input: Omit<VerificationRecord, 'id' | 'expiresAt'> & { id?: string }): VerificationRecord {
    const record: VerificationRecord = {
      ...structuredClone(input),
      id: input.id ?? generateStandardId(),
      expiresAt: this.clock.now() + verificationRecordTtlMs,
    };
    this.#records.set(record.id, record);
    return structuredClone(record);
  }

  /** Expired rows are invisible, as in Logto's queries. */
  findActive(id: string): VerificationRecord | undefined {
    const record = this.#records.get(id);
    if (!record || record.expiresAt <= this.clock.now()) {
      return undefined;
    }
    return structuredClone(record);
  }

  /** Updates data without touching `expiresAt`. */
  update(id: string, patch: Partial<Omit<VerificationRecord, 'id' | 'expiresAt'>>): void {
    const record = this.#records.get(id);
    if (record) {
      this.#records.set(id, { ...record, ...structuredClone(patch) });
    }
  }

  /** Moves the expiry one minute into the past, as the recordings did by SQL. */
  expire(id: string): void {
    const record = this.#records.get(id);
    if (record) {
      record.expiresAt = this.clock.now() - 60_000;
    }
  }

  clear(): void {
    this.#records.clear();
  }
}

/**
 * The step-up rule of the `logto-verification-id` header: an active record bound to this user,
 * verified, and either a password record or an email/phone code with UserPermissionValidation.
 */
export const provesIdentity = (record: VerificationRecord | undefined, userId: string): boolean =>
  Boolean(
    record &&
      record.userId === userId &&
      record.verified &&
      (record.type === 'Password' ||
        ((record.type === 'EmailVerificationCode' || record.type === 'PhoneVerificationCode') &&
          record.templateType === 'UserPermissionValidation'))
  );
