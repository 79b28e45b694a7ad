import type Router from '@koa/router';
import { z } from 'zod';

import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

const connectorPatch = z.object({ enableTokenStorage: z.boolean() }).strict();

/**
 * `GET /__emulator/connectors` (social, passwordless and SSO connectors as stored) and
 * `PATCH /__emulator/connectors/:id` `{enableTokenStorage}` for a social or SSO connector.
 */
export const connectorControl = (router: Router, state: EmulatorState): void => {
  router.get('/connectors', (ctx) => {
    ctx.body = state.connectors.list();
  });

  router.patch('/connectors/:id', (ctx) => {
    const id = ctx.params.id ?? '';
    const { enableTokenStorage } = parse(connectorPatch, ctx.request.body);
    if (!state.connectors.setTokenStorage(id, enableTokenStorage)) {
      ctx.status = 404;
      ctx.body = { message: 'Connector not found.' };
      return;
    }
    ctx.body = state.connectors.social(id) ?? state.connectors.sso(id);
  });
};
