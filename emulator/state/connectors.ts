/**
 * Connectors as the emulator stores them: Logto's `connectors` rows (social and passwordless)
 * and `sso_connectors` rows, reduced to what the Account and Verification APIs and the public
 * sign-in experience read. `kind` says which provider behaviour a social connector has
 * (`social/kinds.ts`): the emulator's own mock GitHub or Google, or Logto's mock social
 * connector as the recorded tenant had it.
 */
export type SocialConnectorKind = 'github' | 'google' | 'logto-mock';

export type SocialConnector = {
  id: string;
  kind: SocialConnectorKind;
  target: string;
  name: Record<string, string>;
  logo: string;
  logoDark: string | null;
  platform: 'Web' | 'Universal' | 'Native';
  /** The connector type's capability (factory metadata). */
  isTokenStorageSupported: boolean;
  /** The per-connector switch (`connectors.enable_token_storage`). */
  enableTokenStorage: boolean;
  /** The OAuth app the connector is configured with at the provider. */
  clientId: string;
  /** Configured scope; the connector's default applies when unset. */
  scope?: string;
};

/** Email and SMS connectors exist only so a social call with their id fails like Logto's. */
export type PasswordlessConnector = { id: string; type: 'Email' | 'Sms' };

export type SsoConnector = {
  id: string;
  connectorName: string;
  logo: string;
  darkLogo: string | null;
  providerName: 'OIDC';
  /** The IdP issuer, as user SSO identities and userinfo `sso_identities` carry it. */
  issuer: string;
  enableTokenStorage: boolean;
  /** The OIDC client registered at the IdP (connector config); not secret. */
  clientId?: string;
  /** Email domains routed to this connector; Logto lists only connectors with one. */
  domains?: string[];
};

export type ConnectorSet = {
  social: SocialConnector[];
  passwordless: PasswordlessConnector[];
  sso: SsoConnector[];
};

export type ConnectorLookup =
  | { type: 'social'; connector: SocialConnector }
  | { type: 'passwordless'; connector: PasswordlessConnector }
  | undefined;

export class ConnectorStore {
  #set: ConnectorSet = { social: [], passwordless: [], sso: [] };

  replace(set: ConnectorSet): void {
    this.#set = structuredClone(set);
  }

  list(): ConnectorSet {
    return structuredClone(this.#set);
  }

  /** Logto's `getLogtoConnectorById`: social and passwordless connectors, not SSO ones. */
  find(id: string): ConnectorLookup {
    const social = this.#set.social.find((connector) => connector.id === id);
    if (social) {
      return { type: 'social', connector: structuredClone(social) };
    }
    const passwordless = this.#set.passwordless.find((connector) => connector.id === id);
    return passwordless ? { type: 'passwordless', connector: structuredClone(passwordless) } : undefined;
  }

  social(id: string): SocialConnector | undefined {
    const connector = this.#set.social.find((candidate) => candidate.id === id);
    return connector && structuredClone(connector);
  }

  socialByTarget(target: string): SocialConnector[] {
    return structuredClone(this.#set.social.filter((connector) => connector.target === target));
  }

  sso(id: string): SsoConnector | undefined {
    const connector = this.#set.sso.find((candidate) => candidate.id === id);
    return connector && structuredClone(connector);
  }

  /** Changes a social or SSO connector's token storage switch; false when there is no such connector. */
  setTokenStorage(id: string, enabled: boolean): boolean {
    const connector =
      this.#set.social.find((candidate) => candidate.id === id) ??
      this.#set.sso.find((candidate) => candidate.id === id);
    if (!connector) {
      return false;
    }
    connector.enableTokenStorage = enabled;
    return true;
  }
}
