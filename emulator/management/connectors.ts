import type Router from '@koa/router';
import type { Middleware } from 'koa';

import type { EmulatorState } from '../state/store.js';

import {
  toPasswordlessConnectorResponse,
  toSocialConnectorResponse,
  toSsoConnectorResponse,
} from './connector-views.js';
import { paginate } from './pagination.js';

/** `GET /api/connectors` (`?target=` filters) and `GET /api/sso-connectors` (optional pages). */
export const connectorRoutes = (router: Router, auth: Middleware[], state: EmulatorState): void => {
  router.get('/connectors', ...auth, (ctx) => {
    const { social, passwordless } = state.connectors.list();
    const target = typeof ctx.query.target === 'string' ? ctx.query.target : undefined;
    ctx.body = [...social.map(toSocialConnectorResponse), ...passwordless.map(toPasswordlessConnectorResponse)].filter(
      (connector) => target === undefined || connector.target === target
    );
  });

  router.get('/sso-connectors', ...auth, (ctx) => {
    ctx.body = paginate(ctx, state.connectors.list().sso).map(toSsoConnectorResponse);
  });
};
