import { randomBytes } from 'node:crypto';

import type Router from '@koa/router';
import { z } from 'zod';

import { m2mClient } from '../state/m2m-clients.js';
import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

const m2mInput = z
  .object({
    name: z.string().min(1),
    secret: z.string().min(1),
    managementApiAccess: z.boolean(),
  })
  .partial()
  .strict();

/**
 * `PUT /__emulator/m2m-clients/:id` `{name?, secret?, managementApiAccess?}`: creates or changes
 * a machine-to-machine app (a random secret unless given; no Management API access unless
 * `managementApiAccess: true`). Answers the client, secret included: it is a dev credential.
 * `DELETE /__emulator/clients/:id` removes it.
 */
export const m2mClientControl = (router: Router, state: EmulatorState): void => {
  router.put('/m2m-clients/:id', (ctx) => {
    const id = ctx.params.id ?? '';
    const input = parse(m2mInput, ctx.request.body);
    const existing = state.clients.get(id);
    if (existing && existing.type !== 'MachineToMachine') {
      ctx.status = 409;
      ctx.body = { message: `Client ${id} exists and is not a machine-to-machine app.` };
      return;
    }
    const client = m2mClient({
      id,
      name: input.name ?? existing?.name,
      secret: input.secret ?? existing?.secret ?? randomBytes(24).toString('base64url'),
      managementApiAccess: input.managementApiAccess ?? existing?.managementApiAccess ?? false,
      createdAt: existing?.details?.createdAt ?? state.clock.now(),
    });
    ctx.status = existing ? 200 : 201;
    ctx.body = state.clients.put(existing ? { ...client, details: existing.details } : client);
  });
};
