import type { AccountCenter, Connector, CustomProfileField, SignInExperience, SsoConnector } from './logto.js';
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

/**
 * The catalog as the public sign-in experience lists it (`customProfileFieldCatalog`): every row
 * as Logto answered it, by `sieOrder`; rows with the same order (Postgres leaves them unordered)
 * by name, so the bytes do not change between runs.
 */
export const orderedCatalog = (rows: CustomProfileField[]) =>
  [...rows].sort((a, b) => a.sieOrder - b.sieOrder || a.name.localeCompare(b.name));

/** A link setting, `null` when it is not set (Logto stores `null` or `''`, older versions lack it). */
const linkOrNull = (value: string | null | undefined) => (value ? value : null);

export type SnapshotInput = {
  endpoint: string;
  appId: string;
  settings: Settings;
  accountCenter: AccountCenter;
  signInExperience: SignInExperience;
  connectors: Connector[];
  ssoConnectors: SsoConnector[];
  customProfileFields: CustomProfileField[];
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
  customProfileFields,
}: SnapshotInput): Record<string, unknown> => {
  const { mfa, passkeySignIn, passwordPolicy, color, branding } = signInExperience;
  return {
    endpoint,
    appId,
    ...(settings.scopes ? { scopes: settings.scopes } : {}),
    ...(settings.publicSettings ? { publicSettings: settings.publicSettings } : {}),
    ...(settings.settingsPath ? { settingsPath: settings.settingsPath } : {}),
    accountCenter: {
      enabled: accountCenter.enabled,
      fields: orderedFields(accountCenter.fields),
      deleteAccountUrl: accountCenter.deleteAccountUrl,
      profileFields: accountCenter.profileFields ?? null,
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
      termsOfUseUrl: linkOrNull(signInExperience.termsOfUseUrl),
      privacyPolicyUrl: linkOrNull(signInExperience.privacyPolicyUrl),
      supportEmail: linkOrNull(signInExperience.supportEmail),
      supportWebsiteUrl: linkOrNull(signInExperience.supportWebsiteUrl),
      customProfileFieldCatalog: orderedCatalog(customProfileFields),
    },
    ...(settings.embed ? { embed: { allowedOrigins: settings.embed.allowedOrigins } } : {}),
    ...(settings.theme ? { theme: settings.theme } : {}),
    ...(settings.locale ? { locale: settings.locale } : {}),
  };
};
