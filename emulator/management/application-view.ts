import { defaultApplicationDetails, type ClientRecord } from '../state/clients.js';

/**
 * An emulator client as Logto's Management API shows an application row. Internal secrets are
 * left out, as current Logto does (only a legacy secret would be shown); `isAdmin` is only on the
 * single-application GET.
 */
export const toApplication = (client: ClientRecord) => {
  const details = client.details ?? defaultApplicationDetails(0);
  return {
    tenantId: 'default',
    id: client.id,
    name: client.name,
    description: details.description,
    type: client.type,
    oidcClientMetadata: {
      redirectUris: client.redirectUris,
      postLogoutRedirectUris: client.postLogoutRedirectUris,
      ...details.oidcExtras,
    },
    customClientMetadata: {
      ...details.customClientExtras,
      ...(client.corsAllowedOrigins.length > 0 ? { corsAllowedOrigins: client.corsAllowedOrigins } : {}),
    },
    protectedAppMetadata: null,
    customData: details.customData,
    isThirdParty: client.isThirdParty,
    appLevelAccessControlEnabled: details.appLevelAccessControlEnabled,
    createdAt: details.createdAt,
  };
};

export type ApplicationResponse = ReturnType<typeof toApplication>;
