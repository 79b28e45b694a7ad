import type { User } from './users.js';

/**
 * A provider's token response as connectors hand it to Logto (`@logto/connector-kit`
 * `TokenResponse`): only `access_token` is required.
 */
export type TokenResponse = {
  access_token: string;
  token_type?: string;
  scope?: string;
  expires_in?: number;
  refresh_token?: string;
  id_token?: string;
};

/**
 * A stored token set: the secret part (Logto encrypts it) and the metadata Logto keeps beside it.
 * `expiresAt` is in epoch seconds, as Logto stores it.
 */
export type StoredTokenSet = {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  scope?: string;
  tokenType?: string;
  expiresAt?: number;
};

export type SocialSecret = {
  userId: string;
  target: string;
  connectorId: string;
  /** The provider user id of the identity the token belongs to. */
  identityId: string;
  tokens: StoredTokenSet;
};

export type SsoSecret = {
  userId: string;
  ssoConnectorId: string;
  identityId: string;
  tokens: StoredTokenSet;
};

/** Logto's `encryptTokenResponse`: the expiry is fixed when the response is received. */
export const tokenSetFromResponse = (response: TokenResponse, nowMs: number): StoredTokenSet => {
  const { access_token, refresh_token, id_token, scope, token_type, expires_in } = response;
  return {
    accessToken: access_token,
    ...(refresh_token ? { refreshToken: refresh_token } : {}),
    ...(id_token ? { idToken: id_token } : {}),
    ...(scope === undefined ? {} : { scope }),
    ...(token_type === undefined ? {} : { tokenType: token_type }),
    ...(expires_in === undefined ? {} : { expiresAt: Math.floor(nowMs / 1000) + expires_in }),
  };
};

const socialKey = (userId: string, target: string) => `${userId}\u0000${target}`;
const ssoKey = (userId: string, connectorId: string) => `${userId}\u0000${connectorId}`;

/**
 * The Secret Vault: third-party token sets per user and social target, and per user and SSO
 * connector. Like Logto's database triggers, a secret goes when the identity it belongs to is
 * removed or points at another provider user, and with its user.
 */
export class TokenVault {
  readonly #social = new Map<string, SocialSecret>();
  readonly #sso = new Map<string, SsoSecret>();

  /** Replaces whatever the user stored for that target (Logto deletes, then inserts). */
  upsertSocial(secret: SocialSecret): void {
    this.#social.set(socialKey(secret.userId, secret.target), structuredClone(secret));
  }

  findSocial(userId: string, target: string): SocialSecret | undefined {
    const secret = this.#social.get(socialKey(userId, target));
    return secret && structuredClone(secret);
  }

  deleteSocial(userId: string, target: string): boolean {
    return this.#social.delete(socialKey(userId, target));
  }

  upsertSso(secret: SsoSecret): void {
    this.#sso.set(ssoKey(secret.userId, secret.ssoConnectorId), structuredClone(secret));
  }

  findSso(userId: string, connectorId: string): SsoSecret | undefined {
    const secret = this.#sso.get(ssoKey(userId, connectorId));
    return secret && structuredClone(secret);
  }

  deleteSso(userId: string, connectorId: string): boolean {
    return this.#sso.delete(ssoKey(userId, connectorId));
  }

  /** Called after every user update: drops secrets whose identity went away or changed. */
  afterUserUpdate(before: User, after: User): void {
    for (const [target, identity] of Object.entries(before.identities)) {
      if (after.identities[target]?.userId !== identity.userId) {
        const secret = this.#social.get(socialKey(after.id, target));
        if (secret?.identityId === identity.userId) {
          this.#social.delete(socialKey(after.id, target));
        }
      }
    }
    for (const identity of before.ssoIdentities) {
      const kept = after.ssoIdentities.some(
        (candidate) =>
          candidate.ssoConnectorId === identity.ssoConnectorId && candidate.identityId === identity.identityId
      );
      const secret = this.#sso.get(ssoKey(after.id, identity.ssoConnectorId));
      if (!kept && secret?.identityId === identity.identityId) {
        this.#sso.delete(ssoKey(after.id, identity.ssoConnectorId));
      }
    }
  }

  deleteUser(userId: string): void {
    for (const [key, secret] of this.#social) if (secret.userId === userId) this.#social.delete(key);
    for (const [key, secret] of this.#sso) if (secret.userId === userId) this.#sso.delete(key);
  }

  clear(): void {
    this.#social.clear();
    this.#sso.clear();
  }
}
