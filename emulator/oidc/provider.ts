import Provider, { errors, type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';

import { bodyEtag } from '../http/etag.js';
import type { EmulatorState } from '../state/store.js';

import { createAdapterFactory, type OidcStore } from './adapter.js';
import { scopeClaims, userClaims } from './claims.js';
import { toClientMetadata } from './client-metadata.js';
import { addLogtoErrorCodes } from './errors.js';
import { logoutSource, postLogoutSuccessSource } from './pages.js';
import { resourceServerInfo } from './resource-servers.js';

const signingAlgs = ['RS256', 'PS256', 'ES256', 'ES384', 'ES512'] as const;
const day = 24 * 60 * 60;

/** Logto's lifetimes of an OIDC session and of a grant, in seconds. */
export const sessionTtlSeconds = 14 * day;
export const grantTtlSeconds = 180 * day;

const claimsConfig = Object.fromEntries(
  Object.entries(scopeClaims).map(([scope, claims]) => [scope, [...claims]])
) as Record<string, string[]>;

export type ProviderOptions = {
  issuer: string;
  state: EmulatorState;
  store: OidcStore;
  cookieKeys: string[];
  /** The tenant's private signing key (ES384); the Management API verifies its JWTs with it. */
  signingKey: JWK;
};

/**
 * oidc-provider configured the way Logto configures it where the SDK can tell (OIDC.md §5):
 * ES384 ID tokens, Logto's claims, opaque userinfo-audience tokens unless a resource is asked for
 * at the token endpoint (then a JWT), mandatory PKCE, no logout confirmation, `code`/`message` on
 * errors.
 */
export const createProvider = ({ issuer, state, store, cookieKeys, signingKey }: ProviderOptions): Provider => {
  const serverOrigin = new URL(issuer).origin;
  const cookieOptions = { sameSite: 'lax', path: '/', signed: true, overwrite: true } as const;

  const configuration: Configuration = {
    adapter: createAdapterFactory(store, (clientId) => {
      const client = state.clients.get(clientId);
      return client && toClientMetadata(client);
    }),
    jwks: { keys: [signingKey] },
    enabledJWA: {
      idTokenSigningAlgValues: [...signingAlgs],
      userinfoSigningAlgValues: [...signingAlgs],
      introspectionSigningAlgValues: [...signingAlgs],
      authorizationSigningAlgValues: [...signingAlgs],
    },
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      id_token_signed_response_alg: 'ES384',
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    },
    conformIdTokenClaims: false,
    claims: claimsConfig,
    extraParams: [
      'interaction_mode',
      'first_screen',
      'direct_sign_in',
      'organization_id',
      'login_hint',
      'ui_locales',
      'identifier',
      'one_time_token',
      'google_one_tap_credential',
    ],
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: {
        enabled: true,
        // Public clients may revoke only their own tokens; others are silently ignored.
        allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
      },
      introspection: {
        enabled: true,
        allowedPolicy: async (_ctx, client, token) =>
          client.clientAuthMethod !== 'none' || token.clientId === client.clientId,
      },
      clientCredentials: { enabled: true },
      backchannelLogout: { enabled: true },
      deviceFlow: { enabled: true },
      dPoP: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined,
        useGrantedResource: () => false,
        // The Management API is the only API resource; any other indicator is unknown.
        getResourceServerInfo: resourceServerInfo(state),
      },
    },
    pkce: { required: () => true },
    findAccount: async (_ctx, sub) => {
      const user = state.users.get(sub);
      if (!user) {
        throw new errors.InvalidGrant('user not found');
      }
      if (user.isSuspended) {
        throw new errors.InvalidGrant('user suspended');
      }
      return {
        accountId: sub,
        claims: async (use) => {
          const current = state.users.get(sub) ?? user;
          return userClaims(current, use === 'id_token' ? 'id_token' : 'userinfo') as { sub: string };
        },
      };
    },
    interactions: {
      url: async (_ctx, interaction) => {
        const clientId = encodeURIComponent(String(interaction.params.client_id ?? ''));
        return interaction.prompt.name === 'consent'
          ? `/consent?app_id=${clientId}`
          : `/sign-in?app_id=${clientId}`;
      },
    },
    // Logto always answers with the JSON error object, even to a browser.
    renderError: async (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
    clientBasedCORS: (_ctx, origin, client) => {
      if (origin === serverOrigin) {
        return true;
      }
      const record = state.clients.get(client.clientId);
      const allowed = [
        ...(client.redirectUris ?? []).map((uri) => URL.parse(uri)?.origin),
        ...(record?.corsAllowedOrigins ?? []),
      ];
      return allowed.includes(origin);
    },
    cookies: { keys: cookieKeys, long: cookieOptions, short: cookieOptions },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
      AuthorizationCode: 60,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 600,
      DeviceCode: 600,
      Grant: grantTtlSeconds,
      IdToken: 3600,
      Interaction: 3600,
      // A rotated SPA refresh token keeps its predecessor's remaining lifetime (no sliding).
      RefreshToken: (ctx, token, client) => {
        const rotated = (ctx as KoaContextWithOIDC | undefined)?.oidc?.entities.RotatedRefreshToken;
        if (
          rotated &&
          client.applicationType === 'web' &&
          client.clientAuthMethod === 'none' &&
          !token.isSenderConstrained()
        ) {
          return rotated.remainingTTL;
        }
        return 14 * day;
      },
      Session: sessionTtlSeconds,
    },
  };

  const provider = new Provider(issuer, configuration);

  // Listed by Logto's discovery document; the emulator has no client that may use it.
  provider.registerGrantType('urn:ietf:params:oauth:grant-type:token-exchange', () => {
    throw new errors.UnsupportedGrantType();
  });

  provider.use(bodyEtag());
  provider.use(addLogtoErrorCodes());
  provider.use(async (ctx, next) => {
    await next();
    // Logto answers unknown provider routes with a JSON error rather than Koa's plain 404.
    if (ctx.status === 404 && ctx.body === undefined) {
      ctx.status = 404;
      ctx.body = {
        error: 'invalid_request',
        error_description: `unrecognized route or not allowed method (${ctx.method} on ${ctx.originalUrl.split('?')[0] ?? ''})`,
      };
    }
    if (ctx.path === '/jwks') {
      ctx.set('Cache-Control', 'no-cache, max-age=0, must-revalidate');
    }
  });

  return provider;
};
