import { Busboy } from '@fastify/busboy';
import type { Context } from 'koa';

/** A file part as Logto's guard sees it (`uploadFileGuard`), with the bytes kept in memory. */
export type UploadedFile = {
  originalFilename: string;
  mimetype: string;
  /** Bytes received, up to the limit; past it only `overLimit` is known. */
  size: number;
  overLimit: boolean;
  /** Empty for every file but the first of its field (Logto only reads `file[0]`). */
  bytes: Buffer;
};

/** `ctx.request.files` as koa-body gives it to Logto's guard: arrays per field name. */
export type UploadedFiles = Record<string, UploadedFile[]>;

/** The body is multipart but cannot be parsed (no boundary, cut short, bad part headers). */
export class MalformedMultipartError extends Error {}

/**
 * Reads a `multipart/form-data` request with @fastify/busboy, streaming: only the first file of
 * each field is kept, and at most `fileSizeLimit` bytes of it; the rest of the body is read and
 * dropped, so a huge upload costs time but no memory. Text fields are ignored (Logto's avatar
 * route reads none). Resolves `undefined` for a request that is not multipart, as koa-body
 * leaves `ctx.request.files` unset then.
 */
export const readMultipartFiles = (ctx: Context, fileSizeLimit: number): Promise<UploadedFiles | undefined> => {
  const contentType = ctx.get('content-type');
  if (!ctx.is('multipart')) {
    return Promise.resolve(undefined);
  }

  return new Promise((resolve, reject) => {
    let parser: ReturnType<typeof Busboy>;
    try {
      // Paths are kept so the route applies Logto's own base-name rule.
      parser = Busboy({
        headers: { ...ctx.req.headers, 'content-type': contentType },
        preservePath: true,
        limits: { fileSize: fileSizeLimit },
      });
    } catch (error) {
      ctx.req.resume();
      reject(new MalformedMultipartError((error as Error).message));
      return;
    }

    const files: UploadedFiles = {};
    parser.on('file', (field, stream, filename, _encoding, mimetype) => {
      const list = (files[field] ??= []);
      const file: UploadedFile = {
        originalFilename: filename,
        mimetype,
        size: 0,
        overLimit: false,
        bytes: Buffer.alloc(0),
      };
      list.push(file);
      const keep = list.length === 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        file.size += chunk.length;
        if (keep) chunks.push(chunk);
      });
      stream.on('limit', () => {
        file.overLimit = true;
      });
      stream.on('end', () => {
        file.bytes = Buffer.concat(chunks);
      });
    });
    const fail = (error: unknown) => {
      ctx.req.unpipe(parser);
      ctx.req.resume();
      reject(new MalformedMultipartError((error as Error).message));
    };
    parser.on('error', fail);
    // A client that goes away mid-upload never lets the parser finish.
    ctx.req.once('aborted', () => fail(new Error('request aborted')));
    ctx.req.once('error', fail);
    parser.on('finish', () => resolve(files));
    ctx.req.pipe(parser);
  });
};
