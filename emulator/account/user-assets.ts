import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { guardError } from '../http/guard.js';
import { MalformedMultipartError, readMultipartFiles, type UploadedFile } from '../http/multipart.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { detectAvatarType, maxAvatarBytes, sanitizeFilename } from '../policies/avatar-image.js';
import { isEditable } from '../state/account-center.js';
import { randomString } from '../state/ids.js';

/** Logto's route guard: `files: {file: uploadFileGuard.array().min(1)}`. */
const filesGuard = z.object({ file: z.array(z.custom<UploadedFile>()).min(1) });

/** `yyyy/MM/dd` of the upload, the date folder of Logto's object keys (UTC on the emulator clock). */
const datePath = (time: number) => new Date(time).toISOString().slice(0, 10).replaceAll('-', '/');

/**
 * POST `/api/my-account/user-assets/avatar` (Logto's `routes/account/user-assets.ts` and
 * `routes/avatar-upload.ts`). After the token and the account-center switch, in Logto's order:
 * the multipart `file` field (400 `guard.invalid_input`, "The request files is invalid."), the
 * `profile` scope (401), the `avatar` control (Edit), the first-party check, the size (over
 * 20 MB: `guard.file_size_exceeded`), the type from the bytes (`guard.mime_type_not_allowed`,
 * before storage, as recorded), the storage provider (`storage.not_configured`), the upload
 * (500 `storage.upload_error`). 200 `{url}`; the user is not changed (PATCH `avatar` does that).
 */
export const userAssetRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/my-account/user-assets/avatar', ...userApi, async (ctx) => {
    let files: Awaited<ReturnType<typeof readMultipartFiles>>;
    try {
      files = await readMultipartFiles(ctx, maxAvatarBytes);
    } catch (error) {
      if (!(error instanceof MalformedMultipartError)) throw error;
      // koa-body rethrows the parser's error and Logto's error handler answers it as unknown.
      ctx.status = 500;
      ctx.body = { message: 'Internal server error.' };
      return;
    }
    const guarded = filesGuard.safeParse(files);
    if (!guarded.success) {
      throw guardError(guarded.error, 'files');
    }

    const { userId, scopes, clientId } = authOf(ctx);
    assertThat(scopes.has('profile'), new RequestError({ code: 'auth.unauthorized', status: 401 }));
    assertThat(isEditable(accountCenterOf(ctx).fields.avatar), 'account_center.field_not_editable');
    assertFirstPartyClient(state, clientId);

    const [file] = guarded.data.file;
    assertThat(file, 'guard.invalid_input');
    assertThat(!file.overLimit, 'guard.file_size_exceeded');
    const type = detectAvatarType(file.bytes);
    assertThat(type, 'guard.mime_type_not_allowed');
    const { configured, failUploads } = state.storage.switches;
    assertThat(configured, 'storage.not_configured');
    assertThat(!failUploads, new RequestError({ code: 'storage.upload_error', status: 500 }));

    const now = state.clock.now();
    const name = `${randomString(8, '0123456789abcdefghijklmnopqrstuvwxyz')}-${sanitizeFilename(file.originalFilename, type)}`;
    const stored = state.storage.put({
      key: `default/${userId}/${datePath(now)}/${name}`,
      contentType: type,
      userId,
      bytes: file.bytes,
      uploadedAt: now,
    });
    ctx.body = { url: stored.url };
  });
};
