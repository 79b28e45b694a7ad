import type Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { z } from 'zod';

import { guardedBody } from '../http/context.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { customProfileFieldColumnLimits, fitColumns } from '../policies/column-limits.js';
import {
  assertProfileFieldsList,
  customProfileFieldUnionGuard,
  rowsPassResponseGuard,
  updateCustomProfileFieldDataGuard,
  validateCustomProfileFieldData,
  type CustomProfileFieldInput,
  type CustomProfileFieldUpdate,
} from '../policies/custom-profile-fields.js';
import type {
  CustomProfileField,
  CustomProfileFieldChanges,
  NewCustomProfileField,
} from '../state/custom-profile-fields.js';
import type { EmulatorState } from '../state/store.js';

/** Logto's `batchItemsLimit`. */
const batchLimit = 20;

const sieOrderBody = z.object({ order: z.array(z.object({ name: z.string(), sieOrder: z.number() })) });

/** What the insert would store; the columns' length limits apply (422 `entity.value_too_long`). */
const newRow = (input: CustomProfileFieldInput): NewCustomProfileField =>
  fitColumns(customProfileFieldColumnLimits, input as NewCustomProfileField);

/** The table's unique `(tenant_id, name)`: 422 `custom_profile_fields.name_exists`. */
const nameExists = () => new RequestError({ code: 'custom_profile_fields.name_exists', status: 422 });

/** A row stored with a config the row guard refuses is answered with a 500 (it stays stored). */
const answer = (ctx: Context, status: number, body: CustomProfileField | CustomProfileField[]) => {
  if (!rowsPassResponseGuard(Array.isArray(body) ? body : [body])) {
    ctx.status = 500;
    ctx.body = { message: 'Internal server error.' };
    return;
  }
  ctx.status = status;
  ctx.body = body;
};

/**
 * `/api/custom-profile-fields` (Logto's `routes/custom-profile-fields.ts` and the custom profile
 * fields library): list (in `sieOrder`), read, create (one, or up to 20 at once), replace by
 * name, delete (also removing the name from the sign-up and account-center field lists), and
 * reorder. OSS Logto has no quota on them.
 */
export const customProfileFieldRoutes = (router: Router, auth: Middleware[], state: EmulatorState): void => {
  const catalog = state.customProfileFields;

  router.get('/custom-profile-fields', ...auth, (ctx) => {
    answer(ctx, 200, catalog.list());
  });

  router.get('/custom-profile-fields/:name', ...auth, (ctx) => {
    const row = catalog.get(ctx.params.name ?? '');
    assertThat(row, new RequestError({ code: 'entity.not_found', status: 404 }));
    answer(ctx, 200, row);
  });

  router.post('/custom-profile-fields', ...auth, bodyGuard(customProfileFieldUnionGuard), (ctx) => {
    const input = guardedBody<CustomProfileFieldInput>(ctx);
    validateCustomProfileFieldData(input);
    const row = newRow(input);
    assertThat(!catalog.has(row.name), nameExists());
    answer(ctx, 201, catalog.insert(row));
  });

  router.post('/custom-profile-fields/batch', ...auth, bodyGuard(z.array(customProfileFieldUnionGuard).max(batchLimit)), (ctx) => {
    const inputs = guardedBody<CustomProfileFieldInput[]>(ctx);
    for (const input of inputs) {
      validateCustomProfileFieldData(input);
    }
    // One insert statement: all rows or none.
    const rows = inputs.map(newRow);
    const names = rows.map(({ name }) => name);
    assertThat(
      names.every((name, index) => !catalog.has(name) && names.indexOf(name) === index),
      nameExists()
    );
    answer(ctx, 201, rows.map((row) => catalog.insert(row)));
  });

  router.put('/custom-profile-fields/:name', ...auth, bodyGuard(updateCustomProfileFieldDataGuard), (ctx) => {
    const name = ctx.params.name ?? '';
    const data = guardedBody<CustomProfileFieldUpdate>(ctx);
    validateCustomProfileFieldData({ ...data, name }, true);
    const changes = fitColumns(customProfileFieldColumnLimits, data as CustomProfileFieldChanges);
    const updated = catalog.update(name, changes);
    assertThat(
      updated,
      new RequestError({ code: 'entity.not_exists', status: 404, interpolation: { name: 'custom_profile_field' } })
    );
    answer(ctx, 200, updated);
  });

  router.delete('/custom-profile-fields/:name', ...auth, (ctx) => {
    const name = ctx.params.name ?? '';
    const without = (fields: Array<{ name: string }> | null) => fields?.filter((field) => field.name !== name) ?? null;
    state.signInExperience = {
      ...state.signInExperience,
      signUpProfileFields: without(state.signInExperience.signUpProfileFields),
    };
    state.accountCenter = { ...state.accountCenter, profileFields: without(state.accountCenter.profileFields) };
    assertThat(catalog.delete(name), new RequestError({ code: 'entity.not_found', status: 404 }));
    ctx.status = 204;
  });

  router.post('/custom-profile-fields/properties/sie-order', ...auth, bodyGuard(sieOrderBody), (ctx) => {
    const { order } = guardedBody<z.infer<typeof sieOrderBody>>(ctx);
    assertProfileFieldsList(order, (name) => catalog.has(name));
    answer(
      ctx,
      200,
      order.flatMap(({ name, sieOrder }) => {
        const row = catalog.update(name, { sieOrder });
        return row ? [row] : [];
      })
    );
  });
};
