import type Router from '@koa/router';

import type { EmulatorState } from '../state/store.js';

/**
 * `GET /__emulator/outbox[?to=]` lists the codes "sent", newest first (`to` matches an email in
 * any letter case, or a phone exactly); `DELETE` empties it. Reset empties it too.
 */
export const outboxControl = (router: Router, state: EmulatorState): void => {
  router.get('/outbox', (ctx) => {
    const { to } = ctx.query;
    ctx.body = state.outbox.list(typeof to === 'string' ? to : undefined);
  });

  router.delete('/outbox', (ctx) => {
    state.outbox.clear();
    ctx.status = 204;
  });
};
