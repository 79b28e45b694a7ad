import { randomBytes } from 'node:crypto';

import type { Clock } from './clock.js';
import type { TokenResponse } from './token-vault.js';

/** The provider account a user signs in as on a mock consent page. */
export type ProviderAccount = { id: string; name?: string; email?: string; avatar?: string };

type AuthorizationCode = {
  /** The mock provider (`github`, `google`, or an SSO connector id). */
  provider: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  account: ProviderAccount;
  /** Emulator-clock milliseconds. */
  expiresAt: number;
};

type RefreshGrant = { provider: string; accountId: string; scope?: string };

/** Real providers' code lifetime is about ten minutes (GitHub documents exactly that). */
export const authorizationCodeTtlMs = 10 * 60 * 1000;

const opaque = (prefix: string, bytes = 24) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/**
 * The provider side of the mock social and SSO providers: authorization codes (single use,
 * short-lived, each bound to the account chosen on the consent page) and the refresh tokens
 * they issued, so a stored token can be refreshed the way a real provider would.
 */
export class MockProviderStore {
  readonly #codes = new Map<string, AuthorizationCode>();
  readonly #refreshTokens = new Map<string, RefreshGrant>();

  constructor(private readonly clock: Clock) {}

  issueCode(grant: Omit<AuthorizationCode, 'expiresAt'>, prefix = ''): string {
    const code = opaque(prefix, 15);
    this.#codes.set(code, { ...structuredClone(grant), expiresAt: this.clock.now() + authorizationCodeTtlMs });
    return code;
  }

  /** The code's grant, once: a used, unknown or expired code gives nothing. */
  redeemCode(provider: string, code: string): Omit<AuthorizationCode, 'expiresAt'> | undefined {
    const grant = this.#codes.get(code);
    if (!grant || grant.provider !== provider) {
      return undefined;
    }
    this.#codes.delete(code);
    if (grant.expiresAt <= this.clock.now()) {
      return undefined;
    }
    const { expiresAt: _expiresAt, ...rest } = grant;
    return rest;
  }

  /** A fresh token response; with `refreshPrefix`, a refresh token the provider will honour. */
  issueTokens(
    provider: string,
    accountId: string,
    { scope, expiresIn, tokenType, accessPrefix, refreshPrefix }: {
      scope?: string;
      expiresIn: number;
      tokenType: string;
      accessPrefix: string;
      refreshPrefix?: string;
    }
  ): TokenResponse {
    const response: TokenResponse = {
      access_token: opaque(accessPrefix),
      token_type: tokenType,
      ...(scope === undefined ? {} : { scope }),
      expires_in: expiresIn,
    };
    if (refreshPrefix) {
      response.refresh_token = opaque(refreshPrefix);
      this.registerRefreshToken(provider, response.refresh_token, accountId, scope);
    }
    return response;
  }

  /** Makes the provider honour a refresh token it did not hand out itself (control API). */
  registerRefreshToken(provider: string, refreshToken: string, accountId: string, scope?: string): void {
    this.#refreshTokens.set(refreshToken, { provider, accountId, ...(scope === undefined ? {} : { scope }) });
  }

  /** Rotates a refresh token: the old one stops working. */
  takeRefreshGrant(provider: string, refreshToken: string): RefreshGrant | undefined {
    const grant = this.#refreshTokens.get(refreshToken);
    if (!grant || grant.provider !== provider) {
      return undefined;
    }
    this.#refreshTokens.delete(refreshToken);
    return grant;
  }

  clear(): void {
    this.#codes.clear();
    this.#refreshTokens.clear();
  }
}
