import type { Middleware } from 'koa';
import { ZodError, type ZodType, type ZodTypeDef } from 'zod';

import { setGuarded } from './context.js';
import { RequestError } from './request-error.js';

/** Logto's readable zod summary: one line per issue. */
export const formatZodError = ({ issues }: ZodError): string =>
  issues
    .map((issue) => {
      const base = `Error in key path "${issue.path.map(String).join('.')}": (${issue.code}) `;
      return issue.code === 'invalid_type'
        ? `${base}Expected ${issue.expected} but received ${issue.received}.`
        : base + issue.message;
    })
    .join('\n');

export const guardError = (error: ZodError, type: 'body' | 'query' | 'params' | 'files'): RequestError => {
  const requestError = new RequestError(
    { code: 'guard.invalid_input', interpolation: { type } },
    error
  );
  requestError.details = formatZodError(error);
  return requestError;
};

/** Validates the parsed body; unknown keys are dropped (zod's default strip). */
export const bodyGuard =
  <Output>(schema: ZodType<Output, ZodTypeDef, unknown>): Middleware =>
  async (ctx, next) => {
    const result = schema.safeParse(ctx.request.body);
    if (!result.success) {
      throw guardError(result.error, 'body');
    }
    setGuarded(ctx, 'body', result.data);
    await next();
  };

/** Validates the query string (after auth, like Logto's route-level `koaGuard`). */
export const queryGuard =
  <Output>(schema: ZodType<Output, ZodTypeDef, unknown>): Middleware =>
  async (ctx, next) => {
    const result = schema.safeParse(ctx.query);
    if (!result.success) {
      throw guardError(result.error, 'query');
    }
    setGuarded(ctx, 'query', result.data);
    await next();
  };
