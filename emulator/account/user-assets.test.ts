import { describe, expect, it } from 'vitest';

import { OpenApiResponses } from '../conformance/openapi.js';
import { demoUser } from '../state/seed.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { getTokens } from '../testing/oidc-client.js';
import { avatarFile, images, postAvatar } from '../testing/uploads.js';

const current = useEmulator();
const openapi = new OpenApiResponses('user');
const megabytes20 = 20 * 1024 * 1024;

const control = (method: string, path: string, body?: unknown) =>
  request(`${current().url}/__emulator${path}`, { method, body });

const demoToken = async (scopes?: string[]) =>
  (await getTokens(current().url, demoUser.username, demoUser.password, scopes ? { scopes } : {})).accessToken;

const demoId = () => current().state.users.findByUsername(demoUser.username)?.id ?? '';

const upload = async (...parts: Parameters<typeof postAvatar>[2]) => postAvatar(current().url, await demoToken(), parts);

/** A BMP of exactly `size` bytes: its header states the size, which is all Logto checks of a BMP. */
const bmpOfSize = (size: number) => {
  const file = Buffer.alloc(size);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(size, 2);
  return file;
};

const errorOf = (response: { json: unknown }) => response.json as { code: string; message: string; data?: unknown };

describe('POST /api/my-account/user-assets/avatar', () => {
  it.each([
    ['png', images.png(), 'image/png'],
    ['jpeg', images.jpeg(), 'image/jpeg'],
    ['gif', images.gif(), 'image/gif'],
    ['webp', images.webp(), 'image/webp'],
    ['bmp', images.bmp(), 'image/bmp'],
  ])('stores a %s and answers its public URL, without changing the user', async (extension, bytes, type) => {
    const token = await demoToken();
    const before = current().state.users.get(demoId());
    const response = await postAvatar(current().url, token, [avatarFile(bytes, `me.${extension}`, type)]);

    expect(response.status).toBe(200);
    expect(openapi.validatorFor('POST', '/api/my-account/user-assets/avatar', 200)?.(response.json)).toBe(true);
    const { url } = response.json as { url: string };
    const today = new Date(current().state.clock.now()).toISOString().slice(0, 10).replaceAll('-', '/');
    expect(url).toMatch(
      new RegExp(`^${current().url}/emulator-storage/default/${demoId()}/${today}/[\\da-z]{8}-me\\.${extension}$`)
    );
    expect(Object.keys(response.json as object)).toEqual(['url']);
    expect(response.header('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(current().state.users.get(demoId())).toEqual(before);
    expect((await control('GET', '/storage')).json).toEqual({
      configured: true,
      failUploads: false,
      objects: [{ url, contentType: type, size: bytes.length, userId: demoId() }],
    });
  });

  it('takes the type from the bytes, not from the part, and keeps the client file name', async () => {
    const png = await upload(avatarFile(images.png(), 'photo.txt', 'text/plain'));
    expect(png.status).toBe(200);
    expect((png.json as { url: string }).url).toMatch(/-photo\.txt$/);
    expect(current().state.storage.list()[0]?.contentType).toBe('image/png');

    const text = await upload(avatarFile(Buffer.from('not an image'), 'avatar.png', 'image/png'));
    expect(text.status).toBe(400);
    expect(text.json).toEqual({ code: 'guard.mime_type_not_allowed', message: 'MIME type is not allowed.' });
  });

  it('refuses SVG, TIFF, ICO and an image with data after its end', async () => {
    const refused = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]),
      Buffer.from([0x00, 0x00, 0x01, 0x00, 0x01, 0x00]),
      Buffer.concat([images.png(), Buffer.from('extra')]),
      Buffer.concat([images.jpeg(), Buffer.from([0x00])]),
      images.png().subarray(0, 40),
      Buffer.alloc(0),
    ];
    for (const bytes of refused) {
      expect(errorOf(await upload(avatarFile(bytes))).code).toBe('guard.mime_type_not_allowed');
    }
    expect(current().state.storage.list()).toEqual([]);
  });

  it('sanitises the file name as Logto does', async () => {
    const path = await upload(avatarFile(images.png(), '../../my photo (1)!.png'));
    expect((path.json as { url: string }).url).toMatch(/\/[\da-z]{8}-my-photo--1--\.png$/);
    const empty = await upload(avatarFile(images.gif(), '', 'image/gif'));
    expect((empty.json as { url: string }).url).toMatch(/\/[\da-z]{8}-[\da-z]{8}\.gif$/);
  });

  it('uses the first `file` part and ignores the rest of the form', async () => {
    const response = await upload(
      { name: 'note', value: 'hello' },
      avatarFile(images.png(), 'first.png'),
      avatarFile(Buffer.from('second'), 'second.txt', 'text/plain'),
      { name: 'other', filename: 'x.png', contentType: 'image/png', bytes: images.png() }
    );
    expect(response.status).toBe(200);
    expect((response.json as { url: string }).url).toMatch(/-first\.png$/);
    expect(current().state.storage.list()).toHaveLength(1);
  });

  it('answers the recorded guard error without a `file` part, and for a body that is not multipart', async () => {
    const noFile = await upload({ name: 'other', value: 'x' });
    expect(noFile.status).toBe(400);
    expect(noFile.json).toEqual({
      code: 'guard.invalid_input',
      data: {
        issues: [{ code: 'invalid_type', expected: 'array', received: 'undefined', path: ['file'], message: 'Required' }],
        name: 'ZodError',
      },
      details: 'Error in key path "file": (invalid_type) Expected array but received undefined.',
      message: 'The request files is invalid.',
    });

    const json = await request(`${current().url}/api/my-account/user-assets/avatar`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await demoToken()}` },
      body: { file: 'x' },
    });
    expect(json.status).toBe(400);
    expect(json.json).toMatchObject({
      code: 'guard.invalid_input',
      data: { issues: [{ code: 'invalid_type', expected: 'object', received: 'undefined', path: [] }] },
      message: 'The request files is invalid.',
    });
  });

  it('answers 500 for a multipart body it cannot parse', async () => {
    const response = await request(`${current().url}/api/my-account/user-assets/avatar`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await demoToken()}`, 'Content-Type': 'multipart/form-data' },
      body: 'no boundary',
    });
    expect(response.status).toBe(500);
    expect(response.json).toEqual({ message: 'Internal server error.' });
  });

  it('accepts exactly 20 MB and refuses a byte more, before looking at the type', async () => {
    const limit = await upload(avatarFile(bmpOfSize(megabytes20), 'big.bmp', 'image/bmp'));
    expect(limit.status).toBe(200);
    expect(current().state.storage.list()[0]?.size).toBe(megabytes20);

    const over = await upload(avatarFile(bmpOfSize(megabytes20 + 1), 'big.bmp', 'image/bmp'));
    expect(over.status).toBe(400);
    expect(over.json).toEqual({ code: 'guard.file_size_exceeded', message: 'File size exceeded.' });
    const overText = await upload(avatarFile(Buffer.alloc(megabytes20 + 1, 'a'), 'big.txt', 'text/plain'));
    expect(errorOf(overText).code).toBe('guard.file_size_exceeded');
    expect(current().state.storage.list()).toHaveLength(1);
  });

  it('checks the type before the storage provider, then the provider, then the upload', async () => {
    await control('PUT', '/storage', { configured: false });
    expect(errorOf(await upload(avatarFile(Buffer.from('hello'), 'hello.txt', 'text/plain'))).code).toBe(
      'guard.mime_type_not_allowed'
    );
    const notConfigured = await upload(avatarFile(images.png()));
    expect(notConfigured.status).toBe(400);
    expect(notConfigured.json).toEqual({ code: 'storage.not_configured', message: 'Storage provider is not configured.' });

    await control('PUT', '/storage', { configured: true, failUploads: true });
    const failed = await upload(avatarFile(images.png()));
    expect(failed.status).toBe(500);
    expect(failed.json).toEqual({ code: 'storage.upload_error', message: 'Failed to upload file to the storage provider.' });
    expect(current().state.storage.list()).toEqual([]);

    await control('PUT', '/storage', { configured: true });
    expect((await upload(avatarFile(images.png()))).status).toBe(200);
  });

  it('checks, in order: the file part, the profile scope (401), the avatar control, the first-party app', async () => {
    const openidOnly = await demoToken(['openid']);
    const noFile = await postAvatar(current().url, openidOnly, [{ name: 'other', value: 'x' }]);
    expect(errorOf(noFile).code).toBe('guard.invalid_input');
    const noScope = await postAvatar(current().url, openidOnly, [avatarFile(images.png())]);
    expect(noScope.status).toBe(401);
    expect(noScope.json).toEqual({ code: 'auth.unauthorized', message: 'Unauthorized. Please check credentials and its scope.' });

    await control('PATCH', '/account-center/fields', { avatar: 'ReadOnly' });
    expect((await postAvatar(current().url, openidOnly, [avatarFile(images.png())])).status).toBe(401);
    const readOnly = await upload(avatarFile(images.png()));
    expect(readOnly.status).toBe(400);
    expect(errorOf(readOnly).code).toBe('account_center.field_not_editable');

    await control('PUT', '/clients/third-party-app', {
      type: 'Traditional',
      isThirdParty: true,
      redirectUris: ['http://localhost:5173/third-party-callback'],
    });
    const thirdParty = (
      await getTokens(current().url, demoUser.username, demoUser.password, {
        clientId: 'third-party-app',
        redirectUri: 'http://localhost:5173/third-party-callback',
        scopes: ['openid', 'profile'],
      })
    ).accessToken;
    expect(errorOf(await postAvatar(current().url, thirdParty, [avatarFile(images.png())])).code).toBe(
      'account_center.field_not_editable'
    );
    await control('PATCH', '/account-center/fields', { avatar: 'Edit' });
    const forbidden = await postAvatar(current().url, thirdParty, [avatarFile(Buffer.from('not an image'))]);
    expect(forbidden.status).toBe(403);
    expect(errorOf(forbidden).code).toBe('auth.third_party_application_forbidden');
  });

  it('needs a token and an enabled account center first', async () => {
    const noToken = await request(`${current().url}/api/my-account/user-assets/avatar`, { method: 'POST' });
    expect(noToken.status).toBe(401);
    expect(errorOf(noToken).code).toBe('auth.authorization_header_missing');
    await control('PATCH', '/account-center', { enabled: false });
    expect(errorOf(await upload(avatarFile(images.png()))).code).toBe('account_center.not_enabled');
  });

  it('gives a URL the user can then save with PATCH /api/my-account', async () => {
    const token = await demoToken();
    const { url } = (await postAvatar(current().url, token, [avatarFile(images.png())])).json as { url: string };
    const patched = await request(`${current().url}/api/my-account`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}` },
      body: { avatar: url },
    });
    expect(patched.json).toMatchObject({ avatar: url });
  });
});

describe('the storage public URL', () => {
  it('serves the bytes with their type, a CDN cache lifetime, and cross-origin use allowed', async () => {
    const png = images.png();
    const { url } = (await upload(avatarFile(png))).json as { url: string };
    const response = await request(url, { headers: { Origin: 'http://localhost:5173' } });

    expect(response.status).toBe(200);
    expect(response.bytes).toEqual(png);
    expect(response.header('content-type')).toBe('image/png');
    expect(response.header('content-length')).toBe(String(png.length));
    expect(response.header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.header('access-control-allow-origin')).toBe('*');
    expect(response.header('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.header('x-content-type-options')).toBe('nosniff');
    expect(response.header('logto-core-request-id')).toBeUndefined();
    expect(response.header('x-frame-options')).toBeUndefined();
    expect(response.header('etag')).toMatch(/^"[\da-f]{32}"$/);
    expect(response.header('last-modified')).toBeTruthy();

    const again = await request(url, { headers: { 'If-None-Match': response.header('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    const head = await request(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.header('content-length')).toBe(String(png.length));
    expect(head.text).toBe('');
  });

  it('answers a preflight, 404 for an unknown object and 405 for writes', async () => {
    const { url } = (await upload(avatarFile(images.png()))).json as { url: string };
    const preflight = await request(url, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'range' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.header('access-control-allow-methods')).toBe('GET, HEAD');
    expect(preflight.header('access-control-allow-headers')).toBe('range');

    const missing = await request(`${current().url}/emulator-storage/default/nobody/x.png`);
    expect(missing.status).toBe(404);
    expect(missing.header('access-control-allow-origin')).toBe('*');
    expect((await request(url, { method: 'PUT', body: 'x' })).status).toBe(405);
  });

  it('keeps objects until the emulator is reset', async () => {
    const { url } = (await upload(avatarFile(images.png()))).json as { url: string };
    await control('PUT', '/storage', { configured: false });
    expect((await request(url)).status).toBe(200);
    await control('POST', '/reset');
    expect((await request(url)).status).toBe(404);
    expect((await control('GET', '/storage')).json).toEqual({ configured: true, failUploads: false, objects: [] });
  });
});

describe('PUT /__emulator/storage', () => {
  it('switches the provider and refuses other bodies', async () => {
    expect((await control('PUT', '/storage', { configured: false })).json).toEqual({
      configured: false,
      failUploads: false,
      objects: [],
    });
    const bad = await control('PUT', '/storage', { configured: 'no' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).code).toBe('guard.invalid_input');
    expect((await control('PUT', '/storage', { failUploads: true })).status).toBe(400);
  });
});
