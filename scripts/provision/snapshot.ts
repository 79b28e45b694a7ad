import type { AccountCenter, Connector, SignInExperience, SsoConnector } from './logto.js';
import { fieldKeys, type Settings } from './settings.js';

/** Known fields first, in Logto's order, then any others: the same bytes whatever order Logto sends. */
const orderedFields = (fields: AccountCenter['fields']) =>
  Object.fromEntries(
    Object.entries(fields).sort(([a], [b]) => {
      const rank = (key: string) => {
        const index = fieldKeys.indexOf(key as (typeof fieldKeys)[number]);
        return index === -1 ? fieldKeys.length : index;
      };
      return rank(a) - rank(b) || a.localeCompare(b);
    })
  );

/**
 * Social connectors as Logto's public sign-in experience lists them: for each target offered in
 * `socialSignInConnectorTargets`, in that order, the social connectors with that target.
 */
export const publicSocialConnectors = (experience: SignInExperience, connectors: Connector[]) =>
  experience.socialSignInConnectorTargets.flatMap((target) =>
    connectors
      .filter((connector) => connector.type === 'Social' && connector.target === target)
      .map(({ id, name, logo, logoDark, platform, isTokenStorageSupported }) => ({
        id,
        target,
        name,
        logo,
        logoDark,
        platform,
        isTokenStorageSupported: isTokenStorageSupported ?? false,
      }))
  );

/** The IdP issuer the user's `sso_identities` carry: the OIDC config's, else the fetched one's. */
const issuerOf = ({ config, providerConfig, providerName }: SsoConnector): string | undefined => {
  if (typeof config.issuer === 'string') return config.issuer;
  if (typeof providerConfig?.issuer === 'string') return providerConfig.issuer;
  return providerName === 'GoogleWorkspace' ? 'https://accounts.google.com' : undefined;
};

/**
 * SSO connectors as the public sign-in experience lists them (only with single sign-on on, only
 * connectors with an email domain), named and drawn as there (branding first, then the
 * provider's), plus the issuer (when known) so the app can match `sso_identities` to a connector.
 */
export const publicSsoConnectors = (experience: SignInExperience, connectors: SsoConnector[]) =>
  experience.singleSignOnEnabled
    ? connectors
        .filter(({ domains }) => domains.length > 0)
        .map((connector) => {
          const issuer = issuerOf(connector);
          return {
            id: connector.id,
            connectorName: connector.branding.displayName ?? connector.name,
            logo: connector.branding.logo ?? connector.providerLogo,
            darkLogo: connector.branding.darkLogo ?? connector.providerLogoDark,
            ...(issuer ? { issuer } : {}),
          };
        })
    : [];

export type SnapshotInput = {
  endpoint: string;
  appId: string;
  settings: Settings;
  accountCenter: AccountCenter;
  signInExperience: SignInExperience;
  connectors: Connector[];
  ssoConnectors: SsoConnector[];
};

/** The keys of `config.json` the command owns; documented in the repository README. */
export const buildSnapshot = ({
  endpoint,
  appId,
  settings,
  accountCenter,
  signInExperience,
  connectors,
  ssoConnectors,
}: SnapshotInput): Record<string, unknown> => {
  const { mfa, passkeySignIn, passwordPolicy, color, branding } = signInExperience;
  return {
    endpoint,
    appId,
    ...(settings.scopes ? { scopes: settings.scopes } : {}),
    ...(settings.publicSettings ? { publicSettings: settings.publicSettings } : {}),
    accountCenter: {
      enabled: accountCenter.enabled,
      fields: orderedFields(accountCenter.fields),
      deleteAccountUrl: accountCenter.deleteAccountUrl,
    },
    signInExperience: {
      socialConnectors: publicSocialConnectors(signInExperience, connectors),
      ssoConnectors: publicSsoConnectors(signInExperience, ssoConnectors),
      mfa: { factors: mfa.factors, policy: mfa.policy },
      passkeySignIn: passkeySignIn ?? {},
      passwordPolicy,
      color: {
        primaryColor: color.primaryColor,
        darkPrimaryColor: color.darkPrimaryColor,
        isDarkModeEnabled: color.isDarkModeEnabled,
      },
      branding: {
        ...(branding.logoUrl ? { logoUrl: branding.logoUrl } : {}),
        ...(branding.darkLogoUrl ? { darkLogoUrl: branding.darkLogoUrl } : {}),
      },
    },
    ...(settings.embed ? { embed: { allowedOrigins: settings.embed.allowedOrigins } } : {}),
    ...(settings.theme ? { theme: settings.theme } : {}),
    ...(settings.locale ? { locale: settings.locale } : {}),
  };
};
