import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';

import { guardedBody } from '../http/context.js';
import { bodyGuard } from '../http/guard.js';
import { assertProfileFieldsList } from '../policies/custom-profile-fields.js';
import { accountCenterFieldKeys, toAccountCenterRow } from '../state/account-center.js';
import type { EmulatorState } from '../state/store.js';

const control = z.enum(['Off', 'ReadOnly', 'Edit']);

/**
 * The field controls Logto accepts with dev features off: every field but `trustedDevice`, which
 * zod drops like any other unknown key.
 */
const fieldsGuard = z.object(
  Object.fromEntries(
    accountCenterFieldKeys.filter((key) => key !== 'trustedDevice').map((key) => [key, control.optional()])
  ) as Record<Exclude<(typeof accountCenterFieldKeys)[number], 'trustedDevice'>, z.ZodOptional<typeof control>>
);

/** Logto's `deleteAccountUrlGuard`: empty, or an http(s) URL of at most 2048 characters. */
const deleteAccountUrlGuard = z
  .string()
  .max(2048)
  .refine(
    (value) =>
      value === '' ||
      ((value.startsWith('https://') || value.startsWith('http://')) && z.string().url().safeParse(value).success),
    { message: 'deleteAccountUrl must be a valid http(s) URL' }
  );

const patchGuard = z.object({
  enabled: z.boolean().optional(),
  fields: fieldsGuard.optional(),
  webauthnRelatedOrigins: z.array(z.string()).optional(),
  deleteAccountUrl: deleteAccountUrlGuard.nullable().optional(),
  customCss: z.string().nullish(),
  profileFields: z.array(z.object({ name: z.string() })).nullable().optional(),
});

type Patch = z.infer<typeof patchGuard>;

/**
 * `GET`/`PATCH /api/account-center`: the settings `/api/.well-known/account-center` and the
 * Account API read. Each key sent replaces the stored value (`fields` included, as recorded);
 * related origins are deduplicated; an empty `deleteAccountUrl` clears it. `profileFields` (which
 * catalog fields the prebuilt account center shows, in order; `null` for none chosen) must name
 * catalog fields, each once (Logto's `normalizeProfileFields`); it is stored and returned.
 */
export const accountCenterRoutes = (router: Router, auth: Middleware[], state: EmulatorState): void => {
  router.get('/account-center', ...auth, (ctx) => {
    ctx.body = toAccountCenterRow(state.accountCenter);
  });

  router.patch('/account-center', ...auth, bodyGuard(patchGuard), (ctx) => {
    const { enabled, fields, webauthnRelatedOrigins, deleteAccountUrl, customCss, profileFields } =
      guardedBody<Patch>(ctx);
    if (profileFields) {
      assertProfileFieldsList(profileFields, (name) => state.customProfileFields.has(name));
    }
    const current = state.accountCenter;
    state.accountCenter = {
      ...current,
      ...(enabled === undefined ? {} : { enabled }),
      ...(fields === undefined ? {} : { fields }),
      ...(webauthnRelatedOrigins === undefined ? {} : { webauthnRelatedOrigins: [...new Set(webauthnRelatedOrigins)] }),
      ...(deleteAccountUrl === undefined ? {} : { deleteAccountUrl: deleteAccountUrl || null }),
      ...(customCss === undefined ? {} : { customCss }),
      ...(profileFields === undefined ? {} : { profileFields }),
    };
    ctx.body = toAccountCenterRow(state.accountCenter);
  });
};
