import { randomBytes } from 'node:crypto';

import type Router from '@koa/router';
import type { Middleware } from 'koa';

import { guardedBody } from '../http/context.js';
import { bodyGuard, guardError } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { defaultApplicationDetails, type ApplicationType, type ClientRecord } from '../state/clients.js';
import { generateStandardId } from '../state/ids.js';
import type { EmulatorState } from '../state/store.js';

import {
  applicationCreateGuard,
  applicationListQueryGuard,
  applicationPatchGuard,
  oidcClientMetadataGuard,
  customClientMetadataGuard,
} from './application-guards.js';
import { toApplication } from './application-view.js';
import { paginate } from './pagination.js';
import { searchFilter } from './search.js';

type CreateBody = ReturnType<typeof applicationCreateGuard.parse>;
type PatchBody = ReturnType<typeof applicationPatchGuard.parse>;
type OidcMetadata = ReturnType<typeof oidcClientMetadataGuard.parse>;
type CustomMetadata = ReturnType<typeof customClientMetadataGuard.parse>;

const notFound = (id: string) =>
  new RequestError({
    code: 'entity.not_exists_with_id',
    status: 404,
    interpolation: { name: 'applications', id },
  });

const splitOidcMetadata = ({ redirectUris, postLogoutRedirectUris, ...extras }: OidcMetadata) => ({
  redirectUris,
  postLogoutRedirectUris,
  oidcExtras: extras,
});

const splitCustomMetadata = ({ corsAllowedOrigins = [], ...extras }: CustomMetadata) => ({
  corsAllowedOrigins,
  customClientExtras: extras,
});

/** Logto gives confidential app types a secret at creation (`hasSecrets`). */
const hasSecret = (type: ApplicationType) => type === 'Traditional' || type === 'MachineToMachine';

const assertCreatable = (body: CreateBody): ApplicationType => {
  if (body.type === 'SAML') {
    throw new RequestError('application.saml.use_saml_app_api');
  }
  if (body.type === 'Protected') {
    // Protected apps need Logto Cloud's proxy; an OSS Logto refuses them like this.
    throw new RequestError(
      body.protectedAppMetadata ? 'application.protected_app_not_configured' : 'application.protected_app_metadata_is_required'
    );
  }
  if (body.isThirdParty && body.type !== 'Traditional') {
    throw new RequestError('application.invalid_third_party_application_type');
  }
  return body.type;
};

const create = (state: EmulatorState, body: CreateBody): ClientRecord => {
  const type = assertCreatable(body);
  const oidc = splitOidcMetadata(body.oidcClientMetadata ?? { redirectUris: [], postLogoutRedirectUris: [] });
  const custom = splitCustomMetadata(body.customClientMetadata ?? {});
  return state.clients.put({
    id: generateStandardId(),
    name: body.name,
    type,
    isThirdParty: body.isThirdParty ?? false,
    redirectUris: oidc.redirectUris,
    postLogoutRedirectUris: oidc.postLogoutRedirectUris,
    corsAllowedOrigins: custom.corsAllowedOrigins,
    ...(hasSecret(type) ? { secret: randomBytes(24).toString('base64url') } : {}),
    managementApiAccess: false,
    details: {
      ...defaultApplicationDetails(state.clock.now()),
      description: body.description ?? null,
      customData: body.customData ?? {},
      oidcExtras: oidc.oidcExtras,
      customClientExtras: custom.customClientExtras,
    },
  });
};

/** Logto's PATCH replaces each top-level key it is sent (`jsonb` columns included). */
const update = (state: EmulatorState, client: ClientRecord, body: PatchBody): ClientRecord => {
  const { isAdmin: _ignored, protectedAppMetadata, ...rest } = body;
  if (protectedAppMetadata) {
    throw new RequestError('application.protected_application_only');
  }
  const details = client.details ?? defaultApplicationDetails(0);
  const oidc = rest.oidcClientMetadata && splitOidcMetadata(rest.oidcClientMetadata);
  const custom = rest.customClientMetadata && splitCustomMetadata(rest.customClientMetadata);
  return state.clients.put({
    ...client,
    name: rest.name ?? client.name,
    ...(oidc ? { redirectUris: oidc.redirectUris, postLogoutRedirectUris: oidc.postLogoutRedirectUris } : {}),
    ...(custom ? { corsAllowedOrigins: custom.corsAllowedOrigins } : {}),
    details: {
      ...details,
      ...(rest.description === undefined ? {} : { description: rest.description }),
      ...(rest.customData ? { customData: rest.customData } : {}),
      ...(oidc ? { oidcExtras: oidc.oidcExtras } : {}),
      ...(custom ? { customClientExtras: custom.customClientExtras } : {}),
      ...(rest.appLevelAccessControlEnabled === undefined
        ? {}
        : { appLevelAccessControlEnabled: rest.appLevelAccessControlEnabled }),
    },
  });
};

const searchable = {
  id: (client: ClientRecord) => client.id,
  name: (client: ClientRecord) => client.name,
  description: (client: ClientRecord) => client.details?.description ?? null,
};

/**
 * `/api/applications` and `/api/applications/:id`: the emulator's OIDC clients as Logto
 * applications. A created SPA or Native app is a public client that can sign in at once; PATCHed
 * redirect URIs apply to the next authorization request.
 */
export const applicationRoutes = (router: Router, auth: Middleware[], state: EmulatorState): void => {
  router.get('/applications', ...auth, (ctx) => {
    const parsed = applicationListQueryGuard.safeParse(ctx.query);
    if (!parsed.success) {
      throw guardError(parsed.error, 'query');
    }
    const { types, excludeRoleId, excludeOrganizationId, isThirdParty } = parsed.data;
    if (excludeRoleId && excludeOrganizationId) {
      throw new RequestError({
        code: 'request.invalid_input',
        status: 400,
        interpolation: {
          details: 'Parameter `excludeRoleId` and `excludeOrganizationId` cannot be used at the same time.',
        },
      });
    }
    const matchesSearch = searchFilter(new URLSearchParams(ctx.querystring), searchable);
    // The emulator has no roles or organizations: the exclusions exclude nothing.
    const applications = state.clients
      .list()
      .filter((client) => !types || types.includes(client.type))
      .filter((client) => isThirdParty === undefined || client.isThirdParty === (isThirdParty === 'true'))
      .filter(matchesSearch)
      .sort((a, b) => (b.details?.createdAt ?? 0) - (a.details?.createdAt ?? 0));
    ctx.body = paginate(ctx, applications).map(toApplication);
  });

  router.post('/applications', ...auth, bodyGuard(applicationCreateGuard), (ctx) => {
    ctx.body = toApplication(create(state, guardedBody<CreateBody>(ctx)));
  });

  router.get('/applications/:id', ...auth, (ctx) => {
    const id = ctx.params.id ?? '';
    const client = state.clients.get(id);
    if (!client) {
      throw notFound(id);
    }
    ctx.body = { ...toApplication(client), isAdmin: false };
  });

  router.patch('/applications/:id', ...auth, bodyGuard(applicationPatchGuard), (ctx) => {
    const id = ctx.params.id ?? '';
    const client = state.clients.get(id);
    if (!client) {
      throw notFound(id);
    }
    ctx.body = toApplication(update(state, client, guardedBody<PatchBody>(ctx)));
  });
};
