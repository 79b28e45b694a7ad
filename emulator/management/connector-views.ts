import type { PasswordlessConnector, SocialConnector, SocialConnectorKind, SsoConnector } from '../state/connectors.js';
import { badge } from '../state/connector-seed.js';

/** The Logto connector factory each mock behaves like (its `connectorId`). */
const factoryIds: Record<SocialConnectorKind, string> = {
  github: 'github-universal',
  google: 'google-universal',
  'logto-mock': 'mock-social',
};

const defaultScopes: Record<SocialConnectorKind, string | undefined> = {
  github: 'read:user',
  google: 'openid profile email',
  'logto-mock': undefined,
};

/**
 * A social connector as `GET /api/connectors` shows it: the factory metadata with the tenant's
 * overrides (`metadata`) applied, the row's id, switches and config. The mock providers need no
 * client secret, so the config has none; a real connector's config would.
 */
export const toSocialConnectorResponse = (connector: SocialConnector) => {
  const { id, kind, target, name, logo, logoDark, platform, isTokenStorageSupported, enableTokenStorage, clientId } =
    connector;
  const scope = connector.scope ?? defaultScopes[kind];
  return {
    type: 'Social' as const,
    id,
    target,
    platform,
    name,
    logo,
    logoDark,
    description: { en: `${name.en ?? target} served by the Logto emulator's mock provider.` },
    readme: '',
    isTokenStorageSupported,
    connectorId: factoryIds[kind],
    syncProfile: false,
    metadata: { target, name, logo, logoDark },
    enableTokenStorage,
    isDemo: false,
    config: { clientId, ...(scope ? { scope } : {}) },
  };
};

/** The passwordless email connector: codes go to the emulator's outbox. */
export const toPasswordlessConnectorResponse = ({ id, type }: PasswordlessConnector) => ({
  type,
  id,
  target: 'emulator-outbox',
  platform: null,
  name: { en: `Emulator outbox (${type === 'Email' ? 'email' : 'SMS'})` },
  logo: badge('#5f6368', type === 'Email' ? '@' : '#'),
  logoDark: null,
  description: { en: 'Keeps every code in the emulator outbox instead of sending it.' },
  readme: '',
  isTokenStorageSupported: false,
  connectorId: type === 'Email' ? 'emulator-outbox-email' : 'emulator-outbox-sms',
  syncProfile: false,
  metadata: {},
  enableTokenStorage: false,
  isDemo: false,
  config: {},
});

/** The OIDC SSO factory's own logos (the emulator draws its own rather than Logto's). */
const oidcProviderLogo = badge('#9e9e9e', 'ID');
const oidcProviderLogoDark = badge('#e0e0e0', 'ID', '#212121');

/**
 * An SSO connector as `GET /api/sso-connectors` shows it: the row (config, domains, branding with
 * the display name and logos the public sign-in experience uses) plus the factory's name, type and
 * logos. `providerConfig` (the IdP's discovery document) is left out, as Logto does when it cannot
 * fetch it; the emulator's IdP has no discovery document.
 */
export const toSsoConnectorResponse = (connector: SsoConnector) => ({
  tenantId: 'default',
  id: connector.id,
  providerName: connector.providerName,
  connectorName: connector.connectorName,
  config: {
    clientId: connector.clientId ?? `${connector.id}-client`,
    issuer: connector.issuer,
    scope: 'openid profile email',
  },
  domains: connector.domains ?? [],
  branding: {
    displayName: connector.connectorName,
    logo: connector.logo,
    ...(connector.darkLogo ? { darkLogo: connector.darkLogo } : {}),
  },
  syncProfile: false,
  enableTokenStorage: connector.enableTokenStorage,
  createdAt: 0,
  name: 'OIDC',
  providerType: 'oidc' as const,
  providerLogo: oidcProviderLogo,
  providerLogoDark: oidcProviderLogoDark,
});
