import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createEmulator, OidcTestClient, request, demoUser, type Emulator } from '../../emulator/index.js';

import { runCommand } from './command.js';
import { exitCodes } from './errors.js';

let emulator: Emulator;
let dir: string;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, printOutbox: false });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
  dir = await mkdtemp(join(tmpdir(), 'provision-'));
  return () => rm(dir, { recursive: true, force: true });
});

const secret = 'emulator-provisioner-secret';
const baseEnv = () => ({
  LOGTO_ENDPOINT: emulator.url,
  LOGTO_M2M_CLIENT_ID: 'm2m-provisioner',
  LOGTO_M2M_CLIENT_SECRET: secret,
});

const settings = {
  app: { name: 'Account center' },
  urls: ['https://account.example.com/', 'https://example.com/account'],
  accountCenter: { fields: { username: 'ReadOnly', customData: 'Off' } },
  embed: { allowedOrigins: ['https://example.com'] },
  theme: 'dark',
  locale: 'en',
};

const paths = () => ({ settings: join(dir, 'provision.settings.json'), out: join(dir, 'dist', 'config.json') });

/** Runs the command in-process; returns its exit code and what it printed. */
const run = async (
  { settingsValue = settings as unknown, env = baseEnv() as NodeJS.ProcessEnv, extra = [] as string[] } = {}
) => {
  await writeFile(paths().settings, JSON.stringify(settingsValue));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(['--settings', paths().settings, '--out', paths().out, ...extra], env, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  for (const line of [...out, ...err]) {
    // Never a secret or a token.
    expect(line).not.toContain(secret);
    expect(line).not.toMatch(/eyJ[\w-]+\./);
  }
  return { code, out, err };
};

const control = (method: string, path: string, body?: unknown) =>
  request(`${emulator.url}/__emulator${path}`, { method, body });

const readConfig = async () => JSON.parse(await readFile(paths().out, 'utf8')) as Record<string, unknown>;

const spaNamed = (name: string) => emulator.state.clients.list().find((client) => client.name === name);

describe('npm run provision against the emulator', () => {
  it('creates the application, sets the account center up and writes config.json', async () => {
    const { code, out, err } = await run();
    expect(err).toEqual([]);
    expect(code).toBe(exitCodes.ok);

    const app = spaNamed('Account center');
    expect(app).toMatchObject({
      type: 'SPA',
      isThirdParty: false,
      redirectUris: ['https://account.example.com/callback', 'https://example.com/account/callback'],
      postLogoutRedirectUris: ['https://account.example.com/', 'https://example.com/account/'],
    });
    expect(out).toEqual([
      `application "Account center": created (id ${app?.id})`,
      'redirect URIs: added https://account.example.com/callback',
      'redirect URIs: added https://example.com/account/callback',
      'post sign-out URIs: added https://account.example.com/',
      'post sign-out URIs: added https://example.com/account/',
      'field username: Edit → ReadOnly',
      'field customData: Edit → Off',
      'webauthn related origins: added https://account.example.com',
      'webauthn related origins: added https://example.com',
      `config.json: written to ${paths().out}`,
    ]);

    // Related origins are added to the ones the tenant had.
    expect(emulator.state.accountCenter.webauthnRelatedOrigins).toEqual([
      'http://localhost:5173',
      'http://localhost:4173',
      'https://account.example.com',
      'https://example.com',
    ]);

    const config = await readConfig();
    expect(config).toEqual({
      endpoint: emulator.url,
      appId: app?.id,
      accountCenter: {
        enabled: true,
        fields: expect.objectContaining({ name: 'Edit', username: 'ReadOnly', customData: 'Off' }) as unknown,
        deleteAccountUrl: null,
        profileFields: [{ name: 'name' }, { name: 'avatar' }],
      },
      signInExperience: {
        socialConnectors: [
          expect.objectContaining({ id: 'mockgithub01', target: 'github', platform: 'Web', isTokenStorageSupported: true }),
          expect.objectContaining({ id: 'mockgoogle01', target: 'google', logoDark: null }),
        ] as unknown,
        ssoConnectors: [
          {
            id: 'acmessotest1',
            connectorName: 'Acme SSO (test)',
            logo: expect.stringMatching(/^data:image\/svg\+xml/) as unknown,
            darkLogo: expect.stringMatching(/^data:image\/svg\+xml/) as unknown,
            issuer: 'https://sso.acme.test',
          },
        ],
        mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' },
        passkeySignIn: {},
        passwordPolicy: { rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] } },
        color: { primaryColor: '#6139F6', darkPrimaryColor: '#8768F8', isDarkModeEnabled: false },
        branding: {},
        termsOfUseUrl: null,
        privacyPolicyUrl: null,
        supportEmail: null,
        supportWebsiteUrl: null,
        customProfileFieldCatalog: [
          expect.objectContaining({ name: 'name', type: 'Text', label: 'Name', sieOrder: 1 }),
          expect.objectContaining({ name: 'avatar', type: 'Url', label: 'Avatar', sieOrder: 2 }),
        ] as unknown,
      },
      embed: { allowedOrigins: ['https://example.com'] },
      theme: 'dark',
      locale: 'en',
    });
    const wellKnown = (await request(`${emulator.url}/api/.well-known/sign-in-exp`)).json as Record<string, unknown>;
    const { issuer: _issuer, ...publicSso } = (config.signInExperience as { ssoConnectors: Array<Record<string, unknown>> })
      .ssoConnectors[0] ?? {};
    expect(wellKnown.socialConnectors).toEqual((config.signInExperience as Record<string, unknown>).socialConnectors);
    expect(wellKnown.ssoConnectors).toEqual([publicSso]);
    expect(wellKnown.customProfileFieldCatalog).toEqual(
      (config.signInExperience as Record<string, unknown>).customProfileFieldCatalog
    );

    // The new application is a real client: a user signs in at the deployment's callback.
    const client = new OidcTestClient(emulator.url, {
      clientId: String(config.appId),
      redirectUri: 'https://example.com/account/callback',
    });
    expect((await client.signIn(demoUser.username, demoUser.password, { scopes: ['openid'] })).accessToken).toBeTruthy();
  });

  it('changes nothing the second time, and leaves config.json byte-identical', async () => {
    await run();
    const before = await readFile(paths().out);
    const { mtimeMs } = await stat(paths().out);
    const clients = emulator.state.clients.list();
    const accountCenter = structuredClone(emulator.state.accountCenter);

    const second = await run();
    expect(second).toMatchObject({ code: exitCodes.ok, out: ['no changes'], err: [] });
    expect(await readFile(paths().out)).toEqual(before);
    expect((await stat(paths().out)).mtimeMs).toBe(mtimeMs);
    expect(emulator.state.clients.list()).toEqual(clients);
    expect(emulator.state.accountCenter).toEqual(accountCenter);
  });

  it('says what a dry run would change and changes nothing', async () => {
    const clients = emulator.state.clients.list();
    const accountCenter = structuredClone(emulator.state.accountCenter);
    const { code, out } = await run({ extra: ['--dry-run'] });
    expect(code).toBe(exitCodes.ok);
    expect(out).toEqual([
      'application "Account center": would be created',
      'redirect URIs: would add https://account.example.com/callback',
      'redirect URIs: would add https://example.com/account/callback',
      'post sign-out URIs: would add https://account.example.com/',
      'post sign-out URIs: would add https://example.com/account/',
      'field username: would change Edit → ReadOnly',
      'field customData: would change Edit → Off',
      'webauthn related origins: would add https://account.example.com',
      'webauthn related origins: would add https://example.com',
      `config.json: would be written to ${paths().out}`,
      'dry run: nothing was changed',
    ]);
    expect(emulator.state.clients.list()).toEqual(clients);
    expect(emulator.state.accountCenter).toEqual(accountCenter);
    await expect(stat(paths().out)).rejects.toMatchObject({ code: 'ENOENT' });

    await run();
    expect((await run({ extra: ['--dry-run'] })).out).toEqual(['no changes']);
  });

  it('updates an application found by id and keeps the redirect URIs it did not add', async () => {
    await control('PUT', '/clients/existingspa01', {
      name: 'Legacy name',
      redirectUris: ['https://old.example.com/callback'],
      postLogoutRedirectUris: ['https://old.example.com/'],
      corsAllowedOrigins: ['https://embed.example.com'],
    });
    const { code, out } = await run({
      settingsValue: { ...settings, app: { id: 'existingspa01', name: 'Account center' }, urls: ['https://account.example.com/'] },
    });
    expect(code).toBe(exitCodes.ok);
    expect(out.slice(0, 2)).toEqual([
      'redirect URIs: added https://account.example.com/callback',
      'post sign-out URIs: added https://account.example.com/',
    ]);
    expect(emulator.state.clients.get('existingspa01')).toMatchObject({
      name: 'Legacy name',
      redirectUris: ['https://old.example.com/callback', 'https://account.example.com/callback'],
      postLogoutRedirectUris: ['https://old.example.com/', 'https://account.example.com/'],
      corsAllowedOrigins: ['https://embed.example.com'],
    });
    expect((await readConfig()).appId).toBe('existingspa01');
  });

  it('finds an application by name and adds only what is missing', async () => {
    const { code, out } = await run({
      settingsValue: {
        ...settings,
        app: { name: 'Account Center (demo)' },
        urls: ['http://localhost:5173/', 'https://account.example.com/'],
      },
    });
    expect(code).toBe(exitCodes.ok);
    expect(out.filter((line) => line.startsWith('redirect') || line.startsWith('post'))).toEqual([
      'redirect URIs: added https://account.example.com/callback',
      'post sign-out URIs: added https://account.example.com/',
    ]);
    expect(emulator.state.clients.get('account-center-demo')?.redirectUris).toEqual([
      'http://localhost:5173/callback',
      'http://localhost:4173/callback',
      'https://account.example.com/callback',
    ]);
    expect(out).toContain('webauthn related origins: added https://account.example.com');
    expect(out).not.toContain('webauthn related origins: added http://localhost:5173');
  });

  it('enables a disabled account center and sets the delete-account URL', async () => {
    await control('PATCH', '/account-center', { enabled: false });
    const { out } = await run({
      settingsValue: { ...settings, accountCenter: { deleteAccountUrl: 'https://example.com/delete' } },
    });
    expect(out).toContain('account center: enabled');
    expect(out).toContain('delete account URL: (not set) → https://example.com/delete');
    expect(emulator.state.accountCenter).toMatchObject({ enabled: true, deleteAccountUrl: 'https://example.com/delete' });
    expect((await readConfig()).accountCenter).toMatchObject({ enabled: true, deleteAccountUrl: 'https://example.com/delete' });
  });

  it("writes the tenant's custom profile fields, profile page fields and links, and notices when they change", async () => {
    await control('PUT', '/custom-profile-fields', [
      { name: 'company', type: 'Text', label: 'Company', required: true, config: { maxLength: 80 } },
      { name: 'plan', type: 'Select', required: false, config: { options: [{ label: 'Free', value: 'free' }] } },
    ]);
    await control('PATCH', '/account-center', { profileFields: [{ name: 'plan' }, { name: 'company' }] });
    await control('PATCH', '/sign-in-experience', {
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: '',
      supportEmail: 'help@example.com',
    });
    expect((await run()).code).toBe(exitCodes.ok);

    const config = await readConfig();
    const wellKnown = (await request(`${emulator.url}/api/.well-known/sign-in-exp`)).json as Record<string, unknown>;
    expect(config.accountCenter).toMatchObject({ profileFields: [{ name: 'plan' }, { name: 'company' }] });
    expect(config.signInExperience).toMatchObject({
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: null,
      supportEmail: 'help@example.com',
      supportWebsiteUrl: null,
      customProfileFieldCatalog: wellKnown.customProfileFieldCatalog,
    });
    expect((config.signInExperience as { customProfileFieldCatalog: Array<{ name: string }> }).customProfileFieldCatalog.map(({ name }) => name)).toEqual([
      'company',
      'plan',
    ]);

    expect((await run()).out).toEqual(['no changes']);

    await control('PATCH', '/sign-in-experience', { supportWebsiteUrl: 'https://example.com/help' });
    expect((await run()).out).toEqual([`config.json: written to ${paths().out}`]);
    expect((await readConfig()).signInExperience).toMatchObject({ supportWebsiteUrl: 'https://example.com/help' });
  });

  it('writes an empty catalog when Logto has no custom profile fields route (an older Logto)', async () => {
    await control('POST', '/faults', { method: 'GET', path: '/api/custom-profile-fields', status: 404, body: 'Not Found' });
    expect((await run()).code).toBe(exitCodes.ok);
    expect((await readConfig()).signInExperience).toMatchObject({ customProfileFieldCatalog: [] });
  });

  it('keeps the other keys of an existing config.json', async () => {
    await run();
    const config = await readConfig();
    await writeFile(paths().out, JSON.stringify({ custom: { keep: true }, ...config, theme: 'light' }, null, 2));
    const { out } = await run();
    expect(out).toEqual([`config.json: written to ${paths().out}`]);
    expect(await readConfig()).toMatchObject({ custom: { keep: true }, theme: 'dark', appId: config.appId });
  });
});

describe('npm run provision failures', () => {
  it('refuses a bad secret with the token endpoint answer', async () => {
    const { code, out, err } = await run({ env: { ...baseEnv(), LOGTO_M2M_CLIENT_SECRET: 'wrong-secret' } });
    expect(code).toBe(exitCodes.credentials);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'provision: Logto refused the machine-to-machine credentials for m2m-provisioner (401 oidc.invalid_client: An OIDC error occurred: oidc.invalid_client. (client authentication failed)); check LOGTO_M2M_CLIENT_ID and LOGTO_M2M_CLIENT_SECRET',
    ]);
    expect(spaNamed('Account center')).toBeUndefined();
  });

  it('reports an app without Management API access, from the token or from a 403', async () => {
    const noAccess = await run({
      env: { ...baseEnv(), LOGTO_M2M_CLIENT_ID: 'm2m-no-access', LOGTO_M2M_CLIENT_SECRET: 'emulator-no-access-secret' },
    });
    expect(noAccess.code).toBe(exitCodes.permission);
    expect(noAccess.err).toEqual([
      'provision: the machine-to-machine app m2m-no-access has no Management API access (token scope: none); assign it a role with the Management API "all" permission',
    ]);

    await control('POST', '/faults', {
      method: 'GET',
      path: '/api/account-center',
      status: 403,
      body: { code: 'auth.forbidden', message: 'Forbidden. Please check your user roles and permissions.' },
    });
    const forbidden = await run();
    expect(forbidden.code).toBe(exitCodes.permission);
    expect(forbidden.err).toEqual([
      'provision: the machine-to-machine app m2m-provisioner has no Management API access (read the account center: 403 auth.forbidden: Forbidden. Please check your user roles and permissions.); assign it a role with the Management API "all" permission',
    ]);
  });

  it("shows Logto's code and message when it refuses a change", async () => {
    await control('POST', '/faults', {
      method: 'PATCH',
      path: '/api/applications/account-center-demo',
      status: 400,
      body: {
        code: 'guard.invalid_input',
        message: 'The request body is invalid.',
        details: 'Error in key path "oidcClientMetadata.redirectUris.2": (custom) Invalid input\nsecond issue',
      },
    });
    const { code, err } = await run({ settingsValue: { ...settings, app: { id: 'account-center-demo', name: 'x' } } });
    expect(code).toBe(exitCodes.refused);
    expect(err).toEqual([
      'provision: Logto refused to update application account-center-demo: 400 guard.invalid_input: The request body is invalid. (Error in key path "oidcClientMetadata.redirectUris.2": (custom) Invalid input; second issue)',
    ]);
  });

  it('refuses an unknown application id, a non-SPA and ambiguous names', async () => {
    const unknown = await run({ settingsValue: { ...settings, app: { id: 'nope', name: 'x' } } });
    expect(unknown).toMatchObject({ code: exitCodes.refused, err: ['provision: application nope (app.id in the settings) does not exist in Logto'] });
    const m2m = await run({ settingsValue: { ...settings, app: { id: 'm2m-provisioner', name: 'x' } } });
    expect(m2m.err).toEqual(['provision: application m2m-provisioner is a MachineToMachine app; the account center needs a SPA']);
    await control('PUT', '/clients/twin1', { name: 'Twin' });
    await control('PUT', '/clients/twin2', { name: 'Twin' });
    const twins = await run({ settingsValue: { ...settings, app: { name: 'Twin' } } });
    expect(twins.err[0]).toMatch(/^provision: 2 SPA applications are named "Twin" \(twin[12], twin[12]\); set app\.id/);
  });

  it('says when Logto cannot be reached', async () => {
    const closed = await createEmulator({ port: 0, printOutbox: false });
    await closed.close();
    const { code, err } = await run({ env: { ...baseEnv(), LOGTO_ENDPOINT: closed.url } });
    expect(code).toBe(exitCodes.unreachable);
    expect(err).toEqual([`provision: cannot reach Logto at ${closed.url} (ECONNREFUSED)`]);
  });

  it('explains a wrong Management API indicator', async () => {
    const { code, err } = await run({ env: { ...baseEnv(), LOGTO_TENANT_ID: 'abc123' } });
    expect(code).toBe(exitCodes.credentials);
    expect(err[0]).toMatch(/^provision: Logto does not know the Management API indicator https:\/\/abc123\.logto\.app\/api \(400 oidc\.invalid_target/);
  });

  it('checks the environment, the flags and the settings before calling Logto', async () => {
    expect(await run({ env: {} })).toMatchObject({
      code: exitCodes.usage,
      err: ['provision: missing environment variables LOGTO_ENDPOINT, LOGTO_M2M_CLIENT_ID, LOGTO_M2M_CLIENT_SECRET'],
    });
    expect((await run({ extra: ['--nope'] })).err).toEqual(['provision: unknown argument --nope (see --help)']);
    const bad = await run({ settingsValue: { app: {}, urls: ['ftp://x'], accountCenter: { fields: { name: 'Hidden' } } } });
    expect(bad.code).toBe(exitCodes.usage);
    expect(bad.err[0]).toContain(`provision: invalid settings in ${paths().settings}: app.name: Required; urls.0:`);
    expect(bad.err[0]).toContain('accountCenter.fields.name:');
    expect(emulator.state.clients.list().map(({ id }) => id)).toEqual(['account-center-demo', 'm2m-provisioner', 'm2m-no-access', 'photo-print-demo']);
  });

  it('refuses to overwrite a config.json that is not JSON', async () => {
    await run();
    await writeFile(paths().out, 'not json');
    const { code, err } = await run();
    expect(code).toBe(exitCodes.usage);
    expect(err).toEqual([`provision: ${paths().out} exists but is not JSON; fix or remove it`]);
  });
});
