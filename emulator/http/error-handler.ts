import type { Middleware } from 'koa';
import { ZodError } from 'zod';

import { BodyParseError } from './body.js';
import { guardError } from './guard.js';
import { detectLanguage, translate } from './phrases.js';
import { RequestError } from './request-error.js';

const isExposedHttpError = (error: unknown): error is Error & { status: number } =>
  error instanceof Error &&
  typeof (error as { status?: unknown }).status === 'number' &&
  (error as { expose?: unknown }).expose === true;

/**
 * Turns thrown errors into Logto's bodies and leaves response headers alone, so CORS headers set
 * before the route survive on error responses.
 */
export const errorHandler = (): Middleware => async (ctx, next) => {
  try {
    await next();
  } catch (caught: unknown) {
    const error = caught instanceof ZodError ? guardError(caught, 'body') : caught;

    if (error instanceof RequestError) {
      const language = detectLanguage(
        typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined,
        ctx.get('accept-language') || undefined
      );
      ctx.status = error.status;
      ctx.body = {
        code: error.code,
        ...(error.data === undefined ? {} : { data: error.data }),
        ...(error.details === undefined ? {} : { details: error.details }),
        message: translate(error.code, language, error.interpolation),
      };
      return;
    }

    if (error instanceof BodyParseError || isExposedHttpError(error)) {
      ctx.status = error.status;
      ctx.body = { message: error.message };
      return;
    }

    console.error('[emulator] unexpected error', error);
    ctx.status = 500;
    ctx.body = { message: 'Internal server error.' };
  }
};
