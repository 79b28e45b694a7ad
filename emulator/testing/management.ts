import { managementApiIndicator, provisionerClient } from '../state/m2m-clients.js';

import { request, type RawResponse } from './http.js';

export type ClientCredentials = { id: string; secret: string };

/** `client_credentials` at `/oidc/token` as `@logto/api` sends it: secret in the body, `scope=all`. */
export const requestManagementToken = (
  url: string,
  client: ClientCredentials = provisionerClient,
  { resource = managementApiIndicator, scope = 'all' }: { resource?: string; scope?: string } = {}
): Promise<RawResponse> =>
  request(`${url}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.secret,
      resource,
      scope,
    }),
  });

/** A Management API access token (a JWT) for a machine-to-machine client; throws when refused. */
export const managementToken = async (url: string, client: ClientCredentials = provisionerClient): Promise<string> => {
  const response = await requestManagementToken(url, client);
  const token = (response.json as { access_token?: unknown } | undefined)?.access_token;
  if (response.status !== 200 || typeof token !== 'string') {
    throw new Error(`client_credentials for ${client.id} failed: ${response.status} ${response.text}`);
  }
  return token;
};
