import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import Router from '@koa/router';
import Koa, { type Middleware } from 'koa';
import mount from 'koa-mount';
import type Provider from 'oidc-provider';

import { accountRoutes } from './account/index.js';
import type { EmulatorOptions } from './config.js';
import { controlRoutes } from './control/index.js';
import { userApiChain, type ApiDeps } from './http/api-context.js';
import { bodyParser } from './http/body.js';
import { apiCors } from './http/cors.js';
import { errorHandler } from './http/error-handler.js';
import { bodyEtag } from './http/etag.js';
import { faultInjection } from './http/faults.js';
import { securityHeaders } from './http/security-headers.js';
import { serveAssets } from './interactions/assets.js';
import { pageContentSecurityPolicy } from './interactions/html.js';
import { interactionRoutes } from './interactions/routes.js';
import { managementRoutes } from './management/index.js';
import { OidcStore } from './oidc/adapter.js';
import { seedDemoSessions } from './oidc/demo-sessions.js';
import { generateCookieKeys, generateSigningKey, publicJwkOf } from './oidc/keys.js';
import { createProvider } from './oidc/provider.js';
import { mockProviderRoutes } from './social/provider-routes.js';
import { demoClientId, parseAppUrls } from './state/clients.js';
import { EmulatorState } from './state/store.js';
import { storageRoutes } from './storage/routes.js';
import { verificationRoutes } from './verification/index.js';
import { rootWellKnownRoutes, wellKnownRoutes } from './well-known/index.js';

export type Emulator = {
  /** `http://<host>:<port>`, the SDK's `endpoint`. */
  url: string;
  /** `<url>/oidc`. */
  issuer: string;
  port: number;
  /** The demo SPA client id. */
  appId: string;
  state: EmulatorState;
  provider: Provider;
  oidcStore: OidcStore;
  /** Back to the seed: users, settings, clients, faults, clock, OIDC sessions, grants and tokens. */
  reset(): Promise<void>;
  close(): Promise<void>;
};

const onPathPrefix =
  (prefix: string, middleware: Middleware): Middleware =>
  async (ctx, next) =>
    ctx.path.startsWith(prefix) ? middleware(ctx, next) : next();

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** `localhost` may resolve to either loopback family; serve both so any client reaches us. */
const bindAddresses = (host: string) => (host === 'localhost' ? ['127.0.0.1', '::1'] : [host]);

export const createEmulator = async (options: EmulatorOptions = {}): Promise<Emulator> => {
  const host = options.host ?? 'localhost';
  const [primaryAddress = host, ...extraAddresses] = bindAddresses(host);

  const primary = createServer();
  await listen(primary, options.port ?? 3001, primaryAddress);
  const { port } = primary.address() as AddressInfo;
  const extras: Server[] = [];
  for (const address of extraAddresses) {
    const server = createServer();
    // Best effort: a machine without IPv6 loopback still works on the primary address.
    await listen(server, port, address).then(
      () => extras.push(server),
      () => undefined
    );
  }

  // The demo user's seeded sessions are dated relative to this, on every reset too.
  const startedAt = Date.now();
  const url = `http://${host}:${port}`;
  const issuer = `${url}/oidc`;
  const state = new EmulatorState({
    appUrls: options.appUrls ?? parseAppUrls(undefined),
    openWellKnown: options.openWellKnown ?? false,
    printOutbox: options.printOutbox ?? true,
    baseUrl: url,
  });
  await state.reset();

  const oidcStore = new OidcStore();
  const cookieKeys = generateCookieKeys();
  const signingKey = generateSigningKey();
  const provider = createProvider({ issuer, state, store: oidcStore, cookieKeys, signingKey });
  await seedDemoSessions(provider, state, startedAt);
  const reset = async () => {
    await state.reset();
    oidcStore.clear();
    await seedDemoSessions(provider, state, startedAt);
  };

  const apiRouter = new Router({ prefix: '/api' });
  const deps: ApiDeps = { router: apiRouter, state, provider, oidcStore, userApi: userApiChain(provider, state) };
  wellKnownRoutes(apiRouter, state);
  accountRoutes(deps);
  verificationRoutes(deps);
  managementRoutes({ router: apiRouter, state, issuer, keys: [publicJwkOf(signingKey)] });

  const rootRouter = new Router();
  rootWellKnownRoutes(rootRouter, state);

  const app = new Koa();
  // oidc-provider writes some cookies through the outer context, so both sign with the same keys.
  app.keys = cookieKeys;
  app.use(securityHeaders());
  app.use(errorHandler());
  app.use(apiCors({ isOpen: () => state.wellKnownCorsOpen }));
  app.use(faultInjection(state.faults));
  app.use(storageRoutes(state));
  app.use(serveAssets());
  app.use(controlRoutes({ state, oidcStore, provider, reset }).routes());
  app.use(
    onPathPrefix('/oidc', async (ctx, next) => {
      // Set before the provider runs so it can add hashes for its own inline form_post script.
      ctx.set('Content-Security-Policy', pageContentSecurityPolicy);
      await next();
    })
  );
  app.use(mount('/oidc', provider));
  const etag = bodyEtag();
  const parseBody = bodyParser();
  app.use(onPathPrefix('/api/', (ctx, next) => etag(ctx, () => parseBody(ctx, next))));
  app.use(apiRouter.routes());
  app.use(apiRouter.allowedMethods());
  app.use(interactionRoutes({ provider, state }).routes());
  app.use(mockProviderRoutes(state).routes());
  app.use(rootRouter.routes());

  const callback = app.callback();
  for (const server of [primary, ...extras]) {
    server.on('request', callback);
  }

  return {
    url,
    issuer,
    port,
    appId: demoClientId,
    state,
    provider,
    oidcStore,
    reset,
    async close() {
      await Promise.all([primary, ...extras].map(closeServer));
    },
  };
};
