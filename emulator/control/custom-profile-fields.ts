import type Router from '@koa/router';
import { z } from 'zod';

import {
  customProfileFieldConfigGuard,
  customProfileFieldUnionGuard,
  validateCustomProfileFieldData,
} from '../policies/custom-profile-fields.js';
import { generateStandardId } from '../state/ids.js';
import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

/**
 * A whole catalog: the bodies Logto's create route takes, within the table's column lengths, with
 * a config its row guard keeps, and each name once.
 */
const catalogInput = z
  .array(
    customProfileFieldUnionGuard.superRefine((field, context) => {
      const limits = [['name', 128], ['label', 128], ['description', 256]] as const;
      for (const [key, limit] of limits) {
        const value = (field as Record<string, unknown>)[key];
        if (typeof value === 'string' && [...value].length > limit) {
          context.addIssue({ code: z.ZodIssueCode.too_big, type: 'string', maximum: limit, inclusive: true, path: [key] });
        }
      }
      const config = customProfileFieldConfigGuard.safeParse(field.config ?? {});
      for (const issue of config.success ? [] : config.error.issues) {
        context.addIssue({ ...issue, path: ['config', ...issue.path] });
      }
    })
  )
  .superRefine((fields, context) => {
    fields.forEach(({ name }, index) => {
      if (fields.findIndex((field) => field.name === name) !== index) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: `Duplicate field name "${name}"`, path: [index, 'name'] });
      }
    });
  });

/**
 * `GET`/`PUT /__emulator/custom-profile-fields`: read or replace the whole catalog. Each item is a
 * `POST /api/custom-profile-fields` body; array order becomes `sieOrder` (1, 2, …); ids and
 * `createdAt` are new. Logto's name and per-type rules apply (400 with Logto's code). Names no
 * longer in the catalog leave the sign-up and account-center field lists, as a deletion does.
 */
export const customProfileFieldControl = (router: Router, state: EmulatorState): void => {
  router.get('/custom-profile-fields', (ctx) => {
    ctx.body = state.customProfileFields.list();
  });

  router.put('/custom-profile-fields', (ctx) => {
    const fields = parse(catalogInput, ctx.request.body);
    for (const field of fields) {
      validateCustomProfileFieldData(field);
    }
    const now = state.clock.now();
    state.customProfileFields.replace(
      fields.map((field, index) => ({
        tenantId: 'default',
        id: generateStandardId(),
        name: field.name,
        type: field.type,
        label: field.label ?? '',
        description: 'description' in field ? (field.description ?? null) : null,
        required: field.required,
        config: field.config ?? {},
        createdAt: now,
        sieOrder: index + 1,
      }))
    );
    const kept = ({ name }: { name: string }) => state.customProfileFields.has(name);
    state.signInExperience = {
      ...state.signInExperience,
      signUpProfileFields: state.signInExperience.signUpProfileFields?.filter(kept) ?? null,
    };
    state.accountCenter = { ...state.accountCenter, profileFields: state.accountCenter.profileFields?.filter(kept) ?? null };
    ctx.body = state.customProfileFields.list();
  });
};
