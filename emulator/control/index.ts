import Router from '@koa/router';
import type Provider from 'oidc-provider';
import { z } from 'zod';

import { bodyParser } from '../http/body.js';
import { assertProfileFieldsList } from '../policies/custom-profile-fields.js';
import type { OidcStore } from '../oidc/adapter.js';
import {
  accountCenterFieldKeys,
  type AccountCenterSettings,
} from '../state/account-center.js';
import { applicationTypes, demoClientId, normaliseAppUrl } from '../state/clients.js';
import { hashPassword } from '../state/password.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';

import { connectorControl } from './connectors.js';
import { customProfileFieldControl } from './custom-profile-fields.js';
import { m2mClientControl } from './m2m-clients.js';
import { mfaControl } from './mfa.js';
import { outboxControl } from './outbox.js';
import { parse } from './parse.js';
import { sessionControl } from './sessions.js';
import { signInExperienceControl } from './sign-in-experience.js';
import { storageControl } from './storage.js';
import { tokenControl } from './tokens.js';

export const controlPrefix = '/__emulator';

const control = z.enum(['Off', 'ReadOnly', 'Edit']);
const fieldsGuard = z.object(
  Object.fromEntries(accountCenterFieldKeys.map((key) => [key, control.optional()])) as Record<
    (typeof accountCenterFieldKeys)[number],
    z.ZodOptional<typeof control>
  >
).strict();

const jsonObject = z.record(z.unknown());

const userInput = z
  .object({
    id: z.string().regex(/^[\da-z]{12}$/),
    username: z.string().nullable(),
    primaryEmail: z.string().nullable(),
    primaryPhone: z.string().nullable(),
    name: z.string().nullable(),
    avatar: z.string().nullable(),
    customData: jsonObject,
    identities: z.record(z.object({ userId: z.string(), details: jsonObject.optional() })),
    ssoIdentities: z.array(
      z.object({
        ssoConnectorId: z.string(),
        issuer: z.string(),
        identityId: z.string(),
        detail: jsonObject,
      })
    ),
    profile: jsonObject,
    logtoConfig: jsonObject,
    lastSignInAt: z.number().nullable(),
    applicationId: z.string().nullable(),
    isSuspended: z.boolean(),
    /** Plain text; `null` removes the password. */
    password: z.string().min(1).nullable(),
  })
  .partial()
  .strict();

const accountCenterPatch = z
  .object({
    enabled: z.boolean(),
    fields: fieldsGuard,
    webauthnRelatedOrigins: z.array(z.string()),
    deleteAccountUrl: z.string().url().nullable(),
    customCss: z.string().nullable(),
    profileFields: z.array(z.object({ name: z.string() })).nullable(),
  })
  .partial()
  .strict();

const clientInput = z
  .object({
    name: z.string(),
    type: z.enum(applicationTypes),
    isThirdParty: z.boolean(),
    redirectUris: z.array(z.string().url()),
    postLogoutRedirectUris: z.array(z.string().url()),
    corsAllowedOrigins: z.array(z.string()),
  })
  .partial()
  .strict();

const faultInput = z
  .object({
    method: z.string().min(1),
    path: z.string().startsWith('/'),
    times: z.number().int().positive().optional(),
    status: z.number().int().min(100).max(599).optional(),
    body: z.unknown().optional(),
    delayMs: z.number().int().min(0).optional(),
  })
  .strict();

const clockInput = z
  .object({ ms: z.number(), seconds: z.number(), minutes: z.number() })
  .partial()
  .strict();

/** The user as the control API shows it: never the password digest; MFA has its own route. */
export const publicUser = ({ passwordDigest, mfaVerifications: _mfa, ...user }: User) => ({
  ...user,
  hasPassword: Boolean(passwordDigest),
});

/**
 * `/__emulator/*`: test and local-dev control of the emulator's state. JSON in and out; no CORS
 * headers, so pages in a browser cannot drive it.
 */
export const controlRoutes = ({
  state,
  oidcStore,
  provider,
  reset,
}: {
  state: EmulatorState;
  oidcStore: OidcStore;
  provider: Provider;
  /** Back to the seed, OIDC state included. */
  reset: () => Promise<void>;
}): Router => {
  const router = new Router({ prefix: controlPrefix });
  router.use(bodyParser());

  const userOr404 = (id: string) => state.users.get(id);

  router.post('/reset', async (ctx) => {
    await reset();
    ctx.status = 204;
  });

  router.get('/users', (ctx) => {
    const { username, email } = ctx.query;
    ctx.body = state.users
      .list()
      .filter((user) => typeof username !== 'string' || user.username === username)
      .filter(
        (user) => typeof email !== 'string' || user.primaryEmail?.toLowerCase() === email.toLowerCase()
      )
      .map(publicUser);
  });

  router.post('/users', async (ctx) => {
    const input = parse(userInput, ctx.request.body);
    if (input.id && state.users.get(input.id)) {
      ctx.status = 409;
      ctx.body = { message: `A user with id ${input.id} exists.` };
      return;
    }
    const user = await state.createUser(input as Parameters<EmulatorState['createUser']>[0]);
    ctx.status = 201;
    ctx.body = publicUser(user);
  });

  router.get('/users/:id', (ctx) => {
    const user = userOr404(ctx.params.id ?? '');
    if (!user) {
      ctx.status = 404;
      ctx.body = { message: 'User not found.' };
      return;
    }
    ctx.body = publicUser(user);
  });

  router.patch('/users/:id', async (ctx) => {
    const id = ctx.params.id ?? '';
    if (!userOr404(id)) {
      ctx.status = 404;
      ctx.body = { message: 'User not found.' };
      return;
    }
    const { password, id: _ignored, ...changes } = parse(userInput, ctx.request.body);
    const passwordChange =
      password === undefined ? {} : { passwordDigest: password === null ? null : await hashPassword(password) };
    ctx.body = publicUser(
      state.users.update(id, { ...(changes as Partial<User>), ...passwordChange })
    );
  });

  router.delete('/users/:id', (ctx) => {
    const id = ctx.params.id ?? '';
    oidcStore.revokeAccount(id);
    ctx.status = state.users.delete(id) ? 204 : 404;
  });

  /** "Signed out elsewhere": ends every OIDC session and revokes every grant and token of the user. */
  router.post('/users/:id/sign-out', (ctx) => {
    const id = ctx.params.id ?? '';
    state.sessionExtensions.deleteAccount(id);
    ctx.body = { removed: oidcStore.revokeAccount(id) };
  });

  router.get('/account-center', (ctx) => {
    ctx.body = state.accountCenter;
  });

  /**
   * Like the Management API: `fields`, when sent, replaces the whole object; `profileFields` must
   * name catalog fields, each once.
   */
  router.patch('/account-center', (ctx) => {
    const patch = parse(accountCenterPatch, ctx.request.body);
    if (patch.profileFields) {
      assertProfileFieldsList(patch.profileFields, (name) => state.customProfileFields.has(name));
    }
    state.accountCenter = { ...state.accountCenter, ...patch } as AccountCenterSettings;
    ctx.body = state.accountCenter;
  });

  /** Merges into `fields`; send `null`-free controls only. */
  router.patch('/account-center/fields', (ctx) => {
    const fields = parse(fieldsGuard, ctx.request.body);
    state.accountCenter = { ...state.accountCenter, fields: { ...state.accountCenter.fields, ...fields } };
    ctx.body = state.accountCenter;
  });

  router.get('/clients', (ctx) => {
    ctx.body = state.clients.list();
  });

  /** Creates or updates a client; `isThirdParty: true` makes a third-party app. */
  router.put('/clients/:id', (ctx) => {
    const id = ctx.params.id ?? '';
    const input = parse(clientInput, ctx.request.body);
    const existing = state.clients.get(id);
    ctx.body = state.clients.put({
      ...existing,
      id,
      name: input.name ?? existing?.name ?? id,
      type: input.type ?? existing?.type ?? 'SPA',
      isThirdParty: input.isThirdParty ?? existing?.isThirdParty ?? false,
      redirectUris: input.redirectUris ?? existing?.redirectUris ?? [],
      postLogoutRedirectUris: input.postLogoutRedirectUris ?? existing?.postLogoutRedirectUris ?? [],
      corsAllowedOrigins: input.corsAllowedOrigins ?? existing?.corsAllowedOrigins ?? [],
    });
  });

  router.delete('/clients/:id', (ctx) => {
    ctx.status = state.clients.delete(ctx.params.id ?? '') ? 204 : 404;
  });

  router.put('/app-urls', (ctx) => {
    const { appUrls } = parse(
      z.object({ appUrls: z.array(z.string().url()).min(1) }).strict(),
      ctx.request.body
    );
    state.setAppUrls(appUrls.map(normaliseAppUrl));
    ctx.body = { appUrls: state.appUrls, client: state.clients.get(demoClientId) };
  });

  router.put('/well-known-cors', (ctx) => {
    const { open } = parse(z.object({ open: z.boolean() }).strict(), ctx.request.body);
    state.wellKnownCorsOpen = open;
    ctx.body = { open };
  });

  router.get('/faults', (ctx) => {
    ctx.body = state.faults.list();
  });

  router.post('/faults', (ctx) => {
    ctx.status = 201;
    ctx.body = state.faults.add(parse(faultInput, ctx.request.body));
  });

  router.delete('/faults', (ctx) => {
    state.faults.clear();
    ctx.status = 204;
  });

  router.get('/clock', (ctx) => {
    ctx.body = { now: new Date(state.clock.now()).toISOString(), offsetMs: state.clock.offsetMs };
  });

  router.post('/clock/advance', (ctx) => {
    const { ms = 0, seconds = 0, minutes = 0 } = parse(clockInput, ctx.request.body);
    state.clock.advance(ms + seconds * 1000 + minutes * 60_000);
    ctx.body = { now: new Date(state.clock.now()).toISOString(), offsetMs: state.clock.offsetMs };
  });

  signInExperienceControl(router, state);
  outboxControl(router, state);
  connectorControl(router, state);
  tokenControl(router, state);
  mfaControl(router, state);
  m2mClientControl(router, state);
  sessionControl(router, { state, oidcStore, provider });
  storageControl(router, state);
  customProfileFieldControl(router, state);

  return router;
};
