import { createManagementApi } from '@logto/api/management';

import type { ProvisionEnv } from './env.js';
import { exitCodes, oneLine, ProvisionError } from './errors.js';
import type { FieldControl } from './settings.js';

/** The parts of Logto's answers the command reads. URIs are strings (the OpenAPI types say objects). */
export type Application = {
  id: string;
  name: string;
  type: string;
  isThirdParty: boolean;
  oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] } & Record<string, unknown>;
};

export type AccountCenter = {
  enabled: boolean;
  fields: Partial<Record<string, FieldControl>>;
  webauthnRelatedOrigins: string[];
  deleteAccountUrl: string | null;
  /** Catalog fields the profile page shows, in order; absent from older Logto versions. */
  profileFields?: Array<{ name: string }> | null;
};

export type AccountCenterPatch = Partial<Pick<AccountCenter, 'enabled' | 'fields' | 'webauthnRelatedOrigins' | 'deleteAccountUrl'>>;

export type SignInExperience = {
  socialSignInConnectorTargets: string[];
  singleSignOnEnabled: boolean;
  mfa: { factors: string[]; policy: string };
  passkeySignIn?: Record<string, unknown>;
  passwordPolicy: Record<string, unknown>;
  color: { primaryColor: string; darkPrimaryColor: string; isDarkModeEnabled: boolean };
  branding: { logoUrl?: string; darkLogoUrl?: string };
  /** The tenant's links; `null` or `''` when not set (the support ones are newer settings). */
  termsOfUseUrl?: string | null;
  privacyPolicyUrl?: string | null;
  supportEmail?: string | null;
  supportWebsiteUrl?: string | null;
};

/** A row of the custom profile field catalog, as `GET /api/custom-profile-fields` answers it. */
export type CustomProfileField = {
  name: string;
  sieOrder: number;
} & Record<string, unknown>;

export type Connector = {
  id: string;
  type: string;
  target: string;
  name: Record<string, string>;
  logo: string;
  logoDark: string | null;
  platform: string | null;
  isTokenStorageSupported?: boolean;
};

export type SsoConnector = {
  id: string;
  providerName: string;
  providerType: string;
  connectorName: string;
  name: string;
  config: Record<string, unknown>;
  domains: string[];
  branding: { displayName?: string; logo?: string; darkLogo?: string };
  providerLogo: string;
  providerLogoDark: string;
  providerConfig?: Record<string, unknown>;
};

type ApiResult<Data> = { data?: Data; error?: unknown; response: Response };

const networkCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return typeof cause?.message === 'string' ? cause.message : undefined;
};

const isNetworkError = (error: unknown) => error instanceof TypeError && /fetch failed/i.test(error.message);

const unreachable = (env: ProvisionEnv, error: unknown) =>
  new ProvisionError(
    `cannot reach Logto at ${env.endpoint} (${networkCode(error) ?? (error as Error).message})`,
    exitCodes.unreachable
  );

/** Logto's error body: `{code, message, details?}`; OIDC errors add `error_description`. */
const describeBody = (body: unknown): string => {
  if (typeof body === 'object' && body !== null) {
    const { code, message, details, error_description: description } = body as Record<string, unknown>;
    const extra = typeof details === 'string' ? details : typeof description === 'string' ? description : undefined;
    const head = [code, message].filter((part): part is string => typeof part === 'string').join(': ');
    if (head || extra) return oneLine(`${head}${head && extra ? ` (${extra})` : (extra ?? '')}`);
  }
  return typeof body === 'string' && body ? oneLine(body.slice(0, 200)) : 'no error body';
};

/**
 * `ClientCredentials` from `@logto/api` only reports the status. To say why Logto refused, the
 * same request is made once more and its body read; the secret goes only to the token endpoint.
 */
const explainTokenRefusal = async (env: ProvisionEnv): Promise<ProvisionError> => {
  let response: Response;
  try {
    response = await fetch(`${env.endpoint}/oidc/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: env.clientId,
        client_secret: env.clientSecret,
        resource: env.apiIndicator,
        scope: 'all',
      }),
    });
  } catch (error) {
    return isNetworkError(error) ? unreachable(env, error) : (error as ProvisionError);
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const reason = `${response.status} ${describeBody(body)}`;
  if (body?.error === 'invalid_target') {
    return new ProvisionError(
      `Logto does not know the Management API indicator ${env.apiIndicator} (${reason}); set LOGTO_MANAGEMENT_API_INDICATOR or LOGTO_TENANT_ID`,
      exitCodes.credentials
    );
  }
  if (body?.error === undefined) {
    return new ProvisionError(
      `${env.endpoint}/oidc/token is not a Logto token endpoint (${response.status}); check LOGTO_ENDPOINT`,
      exitCodes.credentials
    );
  }
  return new ProvisionError(
    `Logto refused the machine-to-machine credentials for ${env.clientId} (${reason}); check LOGTO_M2M_CLIENT_ID and LOGTO_M2M_CLIENT_SECRET`,
    exitCodes.credentials
  );
};

const missingPermission = (env: ProvisionEnv, detail: string) =>
  new ProvisionError(
    `the machine-to-machine app ${env.clientId} has no Management API access (${detail}); assign it a role with the Management API "all" permission`,
    exitCodes.permission
  );

/**
 * The Management API calls the command makes, through `@logto/api`'s typed client. The token is
 * fetched (and checked for the `all` scope) before the first call, so credential and permission
 * problems are reported as such.
 */
export const connectToLogto = async (env: ProvisionEnv) => {
  const { apiClient, clientCredentials } = createManagementApi(env.tenantId, {
    clientId: env.clientId,
    clientSecret: env.clientSecret,
    baseUrl: env.endpoint,
    apiIndicator: env.apiIndicator,
  });

  let scope: string | undefined;
  try {
    ({ scope } = await clientCredentials.getAccessToken());
  } catch (error) {
    throw isNetworkError(error) ? unreachable(env, error) : await explainTokenRefusal(env);
  }
  if (!scope?.split(' ').includes('all')) {
    throw missingPermission(env, `token scope: ${scope ?? 'none'}`);
  }

  /**
   * Unwraps an openapi-fetch result: network failures, 403 and other refusals become one-line
   * errors; with `orNotFound`, a 404 is `undefined`.
   */
  const call = async <Data>(
    what: string,
    request: () => Promise<ApiResult<unknown>>,
    { orNotFound = false } = {}
  ): Promise<Data> => {
    let result: ApiResult<unknown>;
    try {
      result = await request();
    } catch (error) {
      throw isNetworkError(error) ? unreachable(env, error) : error;
    }
    const { data, error, response } = result;
    if (orNotFound && response.status === 404) {
      return undefined as Data;
    }
    if (response.status === 403) {
      throw missingPermission(env, `${what}: 403 ${describeBody(error)}`);
    }
    if (!response.ok) {
      throw new ProvisionError(`Logto refused to ${what}: ${response.status} ${describeBody(error)}`, exitCodes.refused);
    }
    return data as Data;
  };

  return {
    /** `undefined` when Logto has no application with this id. */
    findApplication: (id: string) =>
      call<Application | undefined>(
        `read application ${id}`,
        () => apiClient.GET('/api/applications/{id}', { params: { path: { id } } }),
        { orNotFound: true }
      ),

    listSpaApplications: () =>
      call<Application[]>('list applications', () =>
        apiClient.GET('/api/applications', { params: { query: { types: ['SPA'] } } })
      ),

    createSpa: (name: string, redirectUris: string[], postLogoutRedirectUris: string[]) =>
      call<Application>('create the application', () =>
        apiClient.POST('/api/applications', {
          body: {
            name,
            type: 'SPA',
            // The document types redirect URIs as objects; Logto takes strings.
            oidcClientMetadata: {
              redirectUris: redirectUris as unknown as Array<Record<string, unknown>>,
              postLogoutRedirectUris: postLogoutRedirectUris as unknown as Array<Record<string, unknown>>,
            },
          },
        })
      ),

    /** Logto replaces `oidcClientMetadata` as a whole, so the caller sends every key it keeps. */
    updateOidcMetadata: (id: string, metadata: Application['oidcClientMetadata']) =>
      call<Application>(`update application ${id}`, () =>
        apiClient.PATCH('/api/applications/{id}', {
          params: { path: { id } },
          body: {
            oidcClientMetadata: metadata as unknown as {
              redirectUris: Array<Record<string, unknown>>;
              postLogoutRedirectUris: Array<Record<string, unknown>>;
            },
          },
        })
      ),

    getAccountCenter: () => call<AccountCenter>('read the account center', () => apiClient.GET('/api/account-center')),

    patchAccountCenter: ({ deleteAccountUrl, ...patch }: AccountCenterPatch) =>
      call<AccountCenter>('update the account center', () =>
        apiClient.PATCH('/api/account-center', {
          body: {
            ...patch,
            // The document types this URL as an object; Logto takes a string or null.
            ...(deleteAccountUrl === undefined
              ? {}
              : { deleteAccountUrl: deleteAccountUrl as unknown as Record<string, unknown> | null }),
          },
        })
      ),

    getSignInExperience: () =>
      call<SignInExperience>('read the sign-in experience', () => apiClient.GET('/api/sign-in-exp')),

    listConnectors: () => call<Connector[]>('list connectors', () => apiClient.GET('/api/connectors')),

    listSsoConnectors: () =>
      call<SsoConnector[]>('list SSO connectors', () => apiClient.GET('/api/sso-connectors')),

    /** The custom profile field catalog; an older Logto without the route (404) has none. */
    listCustomProfileFields: async () =>
      (await call<CustomProfileField[] | undefined>(
        'list custom profile fields',
        () => apiClient.GET('/api/custom-profile-fields'),
        { orNotFound: true }
      )) ?? [],
  };
};

export type LogtoClient = Awaited<ReturnType<typeof connectToLogto>>;
