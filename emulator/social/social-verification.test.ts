import { describe, expect, it } from 'vitest';

import { githubConnectorId, googleConnectorId } from '../state/connector-seed.js';
import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { connectorDataOf, socialApi, socialCallbackUri } from '../testing/social.js';

const current = useEmulator();
const { call, control, signIn } = accountApi(current);
const { start, consent, verify } = socialApi(current);
const demoToken = () => signIn(demoUser.username, demoUser.password);

describe('the sign-in experience', () => {
  it('offers GitHub (test) and Google (test), and Acme SSO', async () => {
    const { json } = await request(`${current().url}/api/.well-known/sign-in-exp`);
    const body = json as { socialSignInConnectorTargets: string[]; socialConnectors: unknown[]; ssoConnectors: unknown[] };
    expect(body.socialSignInConnectorTargets).toEqual(['github', 'google']);
    expect(body.socialConnectors).toEqual([
      {
        id: 'mockgithub01',
        target: 'github',
        name: { en: 'GitHub (test)', 'zh-CN': 'GitHub（测试）' },
        logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
        logoDark: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
        platform: 'Web',
        isTokenStorageSupported: true,
      },
      expect.objectContaining({ id: 'mockgoogle01', target: 'google', logoDark: null, isTokenStorageSupported: true }),
    ]);
    expect(body.ssoConnectors).toEqual([
      { id: 'acmessotest1', connectorName: 'Acme SSO (test)', logo: expect.any(String), darkLogo: expect.any(String) },
    ]);

    await control('PATCH', '/sign-in-experience', { socialSignInConnectorTargets: ['google'], singleSignOnEnabled: false });
    const narrowed = (await request(`${current().url}/api/.well-known/sign-in-exp`)).json as typeof body;
    expect(narrowed.socialConnectors).toHaveLength(1);
    expect(narrowed.ssoConnectors).toEqual([]);
  });
});

describe('POST /api/verifications/social', () => {
  it('points at the mock GitHub consent page with the state, redirect URI and scope', async () => {
    const token = await demoToken();
    const { authorizationUri, expiresAt } = await start(token, githubConnectorId, { state: 'a b/c+d=' });
    const uri = new URL(authorizationUri);
    expect(uri.origin + uri.pathname).toBe(`${current().url}/mock-social/github/authorize`);
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      client_id: 'logto-emulator-github',
      redirect_uri: socialCallbackUri,
      state: 'a b/c+d=',
      scope: 'read:user',
    });
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);

    const scoped = new URL((await start(token, googleConnectorId, { scope: 'openid email' })).authorizationUri);
    expect(Object.fromEntries(scoped.searchParams)).toMatchObject({
      response_type: 'code',
      scope: 'openid email',
      prompt: 'select_account',
    });
  });

  it('refuses an empty state, an unknown or non-social connector', async () => {
    const token = await demoToken();
    const post = (body: object) => call('POST', '/api/verifications/social', token, { body });
    const base = { connectorId: githubConnectorId, state: 's', redirectUri: socialCallbackUri };
    expect((await post({ ...base, connectorId: 'nope', state: '' })).json).toMatchObject({ code: 'session.insufficient_info' });
    const unknown = await post({ ...base, connectorId: 'nope' });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toEqual({
      code: 'session.invalid_connector_id',
      message: 'Unable to find available connector with id nope.',
    });
    expect((await post({ ...base, connectorId: 'mockemail001' })).json).toMatchObject({ code: 'connector.unexpected_type' });
    expect((await post({ ...base, connectorId: 'acmessotest1' })).status).toBe(422);
  });
});

describe('the mock consent page', () => {
  it('is a script-free page that says which app asks and offers the provider account', async () => {
    const { authorizationUri } = await start(await demoToken(), githubConnectorId);
    const page = await request(authorizationUri);
    expect(page.status).toBe(200);
    expect(page.header('content-security-policy')).toContain("script-src 'self'");
    expect(page.text).toContain('<title>GitHub (test) – authorize</title>');
    expect(page.text).toContain('<strong>Logto emulator</strong> wants to access your GitHub (test) account.');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    for (const label of ['Account ID', 'Name', 'Email', 'Avatar URL']) {
      expect(page.text).toMatch(new RegExp(`<label for="[^"]+">${label}\\n<input`));
    }
    expect(page.text).toContain('value="github-user-1"');
    expect(page.text).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(page.text).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    const avatar = await request(`${current().url}/mock-social/github/avatar/github-user-1.svg`);
    expect(avatar.header('content-type')).toContain('image/svg+xml');
    expect(avatar.header('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('refuses an unknown app or a redirect URI outside the app origins', async () => {
    const { authorizationUri } = await start(await demoToken(), githubConnectorId);
    const foreign = new URL(authorizationUri);
    foreign.searchParams.set('redirect_uri', 'https://evil.test/callback');
    expect((await request(foreign)).status).toBe(400);
    const unknownApp = new URL(authorizationUri);
    unknownApp.searchParams.set('client_id', 'someone-else');
    expect((await request(unknownApp)).text).toContain('Unknown client_id');
  });

  it('allow: redirects with a code and the unchanged state; the code works once', async () => {
    const token = await demoToken();
    const { verificationRecordId, authorizationUri } = await start(token, githubConnectorId, { state: 'x&y=z é' });
    const { answer, callbackUrl } = await consent(authorizationUri, { account: { id: 'octo-cat', name: 'Octo Cat' } });
    expect(answer.status).toBe(302);
    const callback = new URL(callbackUrl);
    expect(callback.origin + callback.pathname).toBe(socialCallbackUri);
    expect(callback.searchParams.get('state')).toBe('x&y=z é');
    expect(callback.searchParams.get('code')).toBeTruthy();

    const data = connectorDataOf(callbackUrl);
    expect((await verify(token, verificationRecordId, data)).json).toEqual({ verificationRecordId });
    const again = await verify(token, verificationRecordId, data);
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({
      code: 'connector.invalid_response',
      data: { name: 'ZodError', issues: expect.arrayContaining([expect.objectContaining({ path: ['access_token'] })]) },
    });
  });

  it('codes expire after ten minutes on the emulator clock', async () => {
    const token = await demoToken();
    const first = await start(token, githubConnectorId);
    const { callbackUrl } = await consent(first.authorizationUri);
    await control('POST', '/clock/advance', { minutes: 9 });
    const second = await start(token, githubConnectorId);
    await control('POST', '/clock/advance', { minutes: 2 });
    const late = await verify(token, second.verificationRecordId, connectorDataOf(callbackUrl));
    expect(late.json).toMatchObject({ code: 'connector.invalid_response' });
  });

  it('deny: GitHub refuses with 401 authorization_failed; Google with a 500 general error', async () => {
    const token = await demoToken();
    const github = await start(token, githubConnectorId, { state: 'st-1' });
    const { callbackUrl } = await consent(github.authorizationUri, { decision: 'deny' });
    const params = Object.fromEntries(new URL(callbackUrl).searchParams);
    expect(params).toMatchObject({ error: 'access_denied', state: 'st-1', error_description: expect.any(String) });
    const refused = await verify(token, github.verificationRecordId, connectorDataOf(callbackUrl));
    expect(refused.status).toBe(401);
    expect(refused.json).toEqual({
      code: 'connector.authorization_failed',
      data: { message: 'The user has denied your application access.' },
      message: "The user's authorization process is unsuccessful.",
    });

    const google = await start(token, googleConnectorId, { state: 'st-2' });
    const denied = await consent(google.authorizationUri, { decision: 'deny' });
    const failed = await verify(token, google.verificationRecordId, connectorDataOf(denied.callbackUrl));
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ code: 'connector.general', message: 'Error occurred in connector: ' });
  });

  it('Google binds the code to the redirect URI and returns what Google adds', async () => {
    const token = await demoToken();
    const { verificationRecordId, authorizationUri } = await start(token, googleConnectorId, { state: 'g' });
    const { callbackUrl } = await consent(authorizationUri);
    expect(Object.fromEntries(new URL(callbackUrl).searchParams)).toMatchObject({
      state: 'g',
      code: expect.stringMatching(/^4\/0A/),
      scope: 'openid profile email',
      authuser: '0',
    });
    const mismatch = await verify(token, verificationRecordId, {
      ...connectorDataOf(callbackUrl),
      redirectUri: 'http://localhost:5173/elsewhere',
    });
    expect(mismatch.status).toBe(500);
    expect(JSON.parse((mismatch.json as { data: { message: string } }).data.message)).toContain('redirect_uri_mismatch');
  });

  it('a verification record is no step-up record and needs no first-party token', async () => {
    const token = await demoToken();
    const { verificationRecordId, authorizationUri } = await start(token, githubConnectorId);
    const { callbackUrl } = await consent(authorizationUri);
    await verify(token, verificationRecordId, connectorDataOf(callbackUrl));
    const asVid = await call('POST', '/api/my-account/identities', token, {
      body: { newIdentifierVerificationRecordId: verificationRecordId },
      vid: verificationRecordId,
    });
    expect(asVid.json).toMatchObject({ code: 'verification_record.permission_denied' });
    const wrongField = await call('POST', '/api/verifications/social/verify', token, {
      body: { verificationId: verificationRecordId, connectorData: {} },
    });
    expect(wrongField.json).toMatchObject({ code: 'guard.invalid_input' });
  });
});
