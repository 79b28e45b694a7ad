import type { Clock } from './clock.js';

/** Logto's system-wide send cap (`defaultMessageRateLimitPolicy`); not tenant-configurable. */
export const messageRateLimit = { maxSendsPerRecipient: 10, sendWindowSeconds: 600 } as const;

/**
 * Emails share a bucket whatever their letter case. Phones are digits-only after the body guard,
 * which is already the E.164 digit form Logto reduces numbers to.
 */
const bucketOf = (recipient: string) => {
  const trimmed = recipient.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
};

/** Successful code sends per recipient, counted over a sliding window on the emulator clock. */
export class MessageRateGuard {
  readonly #sends = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** True when another send to this recipient would exceed the cap. */
  isLimited(recipient: string): boolean {
    const since = this.clock.now() - messageRateLimit.sendWindowSeconds * 1000;
    const recent = (this.#sends.get(bucketOf(recipient)) ?? []).filter((at) => at > since);
    return recent.length >= messageRateLimit.maxSendsPerRecipient;
  }

  record(recipient: string): void {
    const bucket = bucketOf(recipient);
    this.#sends.set(bucket, [...(this.#sends.get(bucket) ?? []), this.clock.now()]);
  }

  clear(): void {
    this.#sends.clear();
  }
}
