import Router from '@koa/router';
import type { Context } from 'koa';

import { bodyParser } from '../http/body.js';
import { pageContentSecurityPolicy } from '../interactions/html.js';
import type { SocialConnectorKind } from '../state/connectors.js';
import type { ProviderAccount } from '../state/mock-providers.js';
import type { EmulatorState } from '../state/store.js';

import { avatarSvg, consentPage, providerErrorPage, type AuthorizeRequest } from './provider-pages.js';

type MockProvider = {
  name: string;
  /** The account the consent page offers first. */
  defaultAccount: (baseUrl: string) => ProviderAccount;
  /** Where the provider puts `code` and `state` (and what else it adds) on the way back. */
  callbackParams: (code: string, request: AuthorizeRequest) => Record<string, string>;
  /** What the provider adds to a refusal besides `error` and `state`. */
  denialParams: Record<string, string>;
  codePrefix: string;
};

const defaultAccount = (provider: string, host: string, baseUrl: string): ProviderAccount => ({
  id: `${provider}-user-1`,
  name: `${provider === 'github' ? 'GitHub' : 'Google'} User 1`,
  email: `${provider}-user-1@${host}`,
  avatar: `${baseUrl}/mock-social/${provider}/avatar/${provider}-user-1.svg`,
});

const withState = (request: AuthorizeRequest): Record<string, string> =>
  request.state === undefined ? {} : { state: request.state };

/** The two mock providers, named after the connector kinds that talk to them. */
const mockProviders: Partial<Record<SocialConnectorKind, MockProvider>> = {
  github: {
    name: 'GitHub (test)',
    defaultAccount: (baseUrl) => defaultAccount('github', 'users.github.test', baseUrl),
    callbackParams: (code, request) => ({ code, ...withState(request) }),
    denialParams: {
      error_description: 'The user has denied your application access.',
      error_uri: 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#access-denied',
    },
    codePrefix: '',
  },
  google: {
    name: 'Google (test)',
    defaultAccount: (baseUrl) => defaultAccount('google', 'gmail.test', baseUrl),
    callbackParams: (code, request) => ({
      ...withState(request),
      code,
      scope: request.scope,
      authuser: '0',
      prompt: 'consent',
    }),
    denialParams: { error_description: 'The user denied the request.' },
    codePrefix: '4/0A',
  },
};

/** The OAuth app a connector is registered as at the provider; every connector is "Logto emulator". */
const appName = 'Logto emulator';

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The mock providers' own pages, outside `/api`: `/mock-social/<github|google>/authorize` (GET
 * shows the consent page, POST answers it with a redirect to the app) and avatar images.
 */
export const mockProviderRoutes = (state: EmulatorState): Router => {
  const router = new Router({ prefix: '/mock-social' });

  const providerOf = (ctx: Context): [SocialConnectorKind, MockProvider] | undefined => {
    const kind = ctx.params.provider as SocialConnectorKind;
    const provider = mockProviders[kind];
    return provider ? [kind, provider] : undefined;
  };

  /**
   * The provider checks the app (client id) and that the redirect URI is registered with it: the
   * emulator treats every app base URL's origin as registered, as a real setup registers the SPA.
   */
  const requestProblem = (kind: SocialConnectorKind, request: Partial<AuthorizeRequest>): string | undefined => {
    const registered = state.connectors.list().social.some(
      (connector) => connector.kind === kind && connector.clientId === request.clientId
    );
    if (!request.clientId || !registered) {
      return `Unknown client_id ${JSON.stringify(request.clientId ?? '')}: no such application is registered.`;
    }
    let origin: string | undefined;
    try {
      origin = request.redirectUri ? new URL(request.redirectUri).origin : undefined;
    } catch {
      origin = undefined;
    }
    const origins = state.appUrls.map((url) => new URL(url).origin);
    if (!origin || !origins.includes(origin)) {
      return `The redirect_uri ${JSON.stringify(request.redirectUri ?? '')} is not registered for this application (registered origins: ${origins.join(', ')}).`;
    }
    return undefined;
  };

  const page = (ctx: Context, status: number, html: string) => {
    ctx.set('Content-Security-Policy', pageContentSecurityPolicy);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = status;
    ctx.type = 'html';
    ctx.body = html;
  };

  router.get('/:provider/authorize', (ctx) => {
    const found = providerOf(ctx);
    if (!found) return;
    const [kind, provider] = found;
    const request: AuthorizeRequest = {
      clientId: stringOf(ctx.query.client_id) ?? '',
      redirectUri: stringOf(ctx.query.redirect_uri) ?? '',
      ...(stringOf(ctx.query.state) === undefined ? {} : { state: stringOf(ctx.query.state) }),
      scope: stringOf(ctx.query.scope) ?? '',
    };
    const problem = requestProblem(kind, request);
    if (problem) {
      page(ctx, 400, providerErrorPage(provider.name, problem));
      return;
    }
    page(
      ctx,
      200,
      consentPage({
        providerName: provider.name,
        action: `/mock-social/${kind}/authorize`,
        appName,
        request,
        account: provider.defaultAccount(state.baseUrl),
      })
    );
  });

  router.post('/:provider/authorize', bodyParser(), (ctx) => {
    const found = providerOf(ctx);
    if (!found) return;
    const [kind, provider] = found;
    const form = (ctx.request.body ?? {}) as Record<string, unknown>;
    const request: AuthorizeRequest = {
      clientId: stringOf(form.client_id) ?? '',
      redirectUri: stringOf(form.redirect_uri) ?? '',
      ...(stringOf(form.state) === undefined ? {} : { state: stringOf(form.state) }),
      scope: stringOf(form.scope) ?? '',
    };
    const problem = requestProblem(kind, request);
    if (problem) {
      page(ctx, 400, providerErrorPage(provider.name, problem));
      return;
    }

    const callback = new URL(request.redirectUri);
    const params: Record<string, string> =
      form.decision === 'allow' ? {} : { error: 'access_denied', ...provider.denialParams, ...withState(request) };

    if (form.decision === 'allow') {
      const optional = (value: unknown) => stringOf(value)?.trim() || undefined;
      const account: ProviderAccount = {
        id: optional(form.id) ?? '',
        ...(optional(form.name) ? { name: optional(form.name) } : {}),
        ...(optional(form.email) ? { email: optional(form.email) } : {}),
        ...(optional(form.avatar) ? { avatar: optional(form.avatar) } : {}),
      };
      if (!account.id) {
        page(
          ctx,
          400,
          consentPage({
            providerName: provider.name,
            action: `/mock-social/${kind}/authorize`,
            appName,
            request,
            account,
            error: 'Enter the account ID to sign in as.',
          })
        );
        return;
      }
      const code = state.mockProviders.issueCode(
        { provider: kind, clientId: request.clientId, redirectUri: request.redirectUri, scope: request.scope, account },
        provider.codePrefix
      );
      Object.assign(params, provider.callbackParams(code, request));
    }

    for (const [key, value] of Object.entries(params)) {
      callback.searchParams.set(key, value);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(callback.href);
  });

  /** Avatars other sites embed, like a provider's avatar CDN. */
  router.get('/:provider/avatar/:file', (ctx) => {
    const match = /^([\w.-]+)\.svg$/.exec(ctx.params.file ?? '');
    if (!providerOf(ctx) || !match?.[1]) return;
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.type = 'image/svg+xml';
    ctx.body = avatarSvg(match[1]);
  });

  return router;
};
