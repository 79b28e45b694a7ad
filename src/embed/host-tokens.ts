import type { HostChannel } from './channel';

/** Renew a little before the host's token runs out, as the Logto SDK would. */
const renewMarginMs = 30_000;
const answerTimeoutMs = 10_000;

type Waiter = { resolve: (token: string) => void; reject: (error: Error) => void };

/**
 * Host-token mode: a host that already signs its users in with Logto hands the frame an Account
 * API access token, so the user never signs in twice. Tokens live in memory only.
 */
export class HostTokens {
  private current?: { token: string; expiresAt: number };
  private waiters: Waiter[] = [];
  private timer?: number;

  constructor(private readonly channel: HostChannel) {
    channel.on((message) => {
      if (message.type === 'token' && typeof message.accessToken === 'string' && typeof message.expiresAt === 'number') {
        this.current = { token: message.accessToken, expiresAt: message.expiresAt };
        this.settle((waiter) => waiter.resolve(message.accessToken));
      } else if (message.type === 'token-error') {
        this.settle((waiter) => waiter.reject(new Error('The host could not provide a token.')));
      }
    });
  }

  async get(): Promise<string> {
    if (this.current && this.current.expiresAt - renewMarginMs > Date.now()) return this.current.token;
    return new Promise<string>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (this.waiters.length > 1) return;
      this.channel.post({ type: 'token-request' });
      this.timer = window.setTimeout(
        () => this.settle((waiter) => waiter.reject(new Error('The host did not answer the token request.'))),
        answerTimeoutMs,
      );
    });
  }

  /** Forget the token, e.g. when Logto rejected it or the user signs out. */
  clear() {
    this.current = undefined;
  }

  private settle(apply: (waiter: Waiter) => void) {
    window.clearTimeout(this.timer);
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(apply);
  }
}
