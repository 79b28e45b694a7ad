import type { VerificationRecord } from '../api/types';

/** Treat a record as expired this long before Logto does, so a call never races its expiry. */
export const expiryMarginMs = 10_000;

/**
 * The step-up record `{id, expiresAt}` lives here, in memory only: never in localStorage or
 * sessionStorage, never in a URL. Logto does not consume records, so one is reused until it expires.
 */
export class VerificationStore {
  private record?: { id: string; expiresAt: number };

  constructor(private readonly now: () => number = () => Date.now()) {}

  current(): string | undefined {
    if (!this.record) return undefined;
    if (this.record.expiresAt - expiryMarginMs <= this.now()) {
      this.record = undefined;
      return undefined;
    }
    return this.record.id;
  }

  save({ verificationRecordId, expiresAt }: VerificationRecord) {
    const expiry = Date.parse(expiresAt);
    this.record = { id: verificationRecordId, expiresAt: Number.isNaN(expiry) ? this.now() : expiry };
  }

  clear() {
    this.record = undefined;
  }

  /** The current record as Logto gave it, for the one redirect round trip that must carry it. */
  export(): VerificationRecord | undefined {
    if (!this.current() || !this.record) return undefined;
    return { verificationRecordId: this.record.id, expiresAt: new Date(this.record.expiresAt).toISOString() };
  }
}
