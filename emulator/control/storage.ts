import type Router from '@koa/router';
import { z } from 'zod';

import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

const storageInput = z.object({ configured: z.boolean(), failUploads: z.boolean().optional() }).strict();

/**
 * `GET`/`PUT /__emulator/storage`: the storage provider avatar uploads go to. `configured: false`
 * is a tenant without one (uploads answer 400 `storage.not_configured`, as the recorded tenant);
 * `failUploads: true` makes the provider refuse (500 `storage.upload_error`); a PUT without
 * `failUploads` turns it off. Both answer the switches and the stored objects without their bytes.
 */
export const storageControl = (router: Router, state: EmulatorState): void => {
  const view = () => ({ ...state.storage.switches, objects: state.storage.list() });

  router.get('/storage', (ctx) => {
    ctx.body = view();
  });

  router.put('/storage', (ctx) => {
    const { configured, failUploads = false } = parse(storageInput, ctx.request.body);
    state.storage.switches = { configured, failUploads };
    ctx.body = view();
  });
};
