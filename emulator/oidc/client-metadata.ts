import type { AdapterPayload } from 'oidc-provider';

import type { ClientRecord } from '../state/clients.js';

/**
 * An emulator client as oidc-provider metadata, following Logto's constant client metadata:
 * SPA and Native apps are public; a client with a secret authenticates at the token endpoint
 * (registered as `client_secret_basic`, which oidc-provider also accepts as `client_secret_post`,
 * the way `@logto/api` sends it); machine-to-machine apps only have `client_credentials`.
 */
export const toClientMetadata = (client: ClientRecord): AdapterPayload => {
  const base = {
    client_id: client.id,
    client_name: client.name,
    application_type: client.type === 'Native' ? 'native' : 'web',
    id_token_signed_response_alg: 'ES384',
  } as const;

  if (client.type === 'MachineToMachine') {
    return {
      ...base,
      client_secret: client.secret,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    };
  }

  return {
    ...base,
    ...(client.secret
      ? { client_secret: client.secret, token_endpoint_auth_method: 'client_secret_basic' }
      : { token_endpoint_auth_method: 'none' }),
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
  };
};
