import type { z } from 'zod';

import { guardError } from '../http/guard.js';

/** Validates a control API body; failures answer like Logto's guard (400 `guard.invalid_input`). */
export const parse = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): T => {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw guardError(result.error, 'body');
  }
  return result.data;
};
