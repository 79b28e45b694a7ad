import type { Middleware } from 'koa';

/** A body-parser failure: Logto answers these with `{message}` only. */
export class BodyParseError extends Error {
  readonly status = 400;
}

declare module 'koa' {
  interface Request {
    body?: unknown;
    rawBody?: string;
  }
}

const limitBytes = 1024 * 1024;

const readRaw = async (ctx: Parameters<Middleware>[0]): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limitBytes) {
      throw new BodyParseError('request entity too large');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

/** V8 on Node 20 leaves out the "(line L column C)" suffix that Logto's Node 22 reports. */
const withLineAndColumn = (message: string, raw: string): string => {
  const match = /at position (\d+)$/.exec(message);
  if (!match?.[1]) {
    return message;
  }
  const position = Number(match[1]);
  const before = raw.slice(0, position).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${message} (line ${line} column ${column})`;
};

/**
 * Parses JSON, urlencoded and text bodies like koa-body does in Logto: an unparseable JSON body
 * fails with the parser's message; a text body reaches the route as a string; no body is `{}`.
 * A multipart body is `{}` here and its stream is left to the route.
 */
export const bodyParser = (): Middleware => async (ctx, next) => {
  if (['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(ctx.method) && !ctx.request.length) {
    ctx.request.body = {};
    return next();
  }
  // Left unread: only a route that takes files reads the stream (`multipart.ts`), as koa-body
  // parses multipart only where Logto's guard declares `files`.
  if (ctx.is('multipart')) {
    ctx.request.body = {};
    return next();
  }
  const raw = await readRaw(ctx);
  ctx.request.rawBody = raw;
  if (ctx.is('application/json', 'application/*+json')) {
    if (raw.trim() === '') {
      ctx.request.body = {};
    } else if (!/^[ \t\n\r]*[[{]/.test(raw)) {
      // koa-body parses JSON strictly: only objects and arrays.
      throw new BodyParseError('invalid JSON, only supports object and array');
    } else {
      try {
        ctx.request.body = JSON.parse(raw) as unknown;
      } catch (error) {
        throw new BodyParseError(withLineAndColumn((error as Error).message, raw));
      }
    }
  } else if (ctx.is('application/x-www-form-urlencoded')) {
    ctx.request.body = Object.fromEntries(new URLSearchParams(raw));
  } else if (ctx.is('text/*')) {
    ctx.request.body = raw;
  } else {
    ctx.request.body = {};
  }
  return next();
};
