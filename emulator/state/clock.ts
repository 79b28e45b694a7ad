/**
 * Emulator time. Expiries the emulator manages itself (verification records, lockouts, later
 * codes) read this clock, so tests can jump ahead without waiting. oidc-provider keeps its own
 * wall clock: token and session lifetimes are not affected by `advance()`.
 */
export class Clock {
  #offsetMs = 0;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  reset(): void {
    this.#offsetMs = 0;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }
}
