import { beforeEach, describe, expect, it } from 'vitest';

import { OpenApiResponses } from '../conformance/openapi.js';
import { demoUser } from '../state/seed.js';
import { request, type RawResponse } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { managementToken } from '../testing/management.js';
import { OidcTestClient } from '../testing/oidc-client.js';

const current = useEmulator();
const openapi = new OpenApiResponses('management');
let token = '';

beforeEach(async () => {
  token = await managementToken(current().url);
});

/** Calls the Management API and checks a 2xx JSON body against management.openapi.json. */
const api = async (method: string, path: string, body?: unknown): Promise<RawResponse> => {
  const response = await request(`${current().url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    body,
  });
  if (response.status >= 200 && response.status < 300 && response.json !== undefined) {
    const validate = openapi.validatorFor(method, new URL(path, 'http://x').pathname, response.status);
    expect(validate, `${method} ${path} has a schema`).toBeDefined();
    const valid = validate?.(response.json);
    expect(valid ? [] : validate?.errors).toEqual([]);
  }
  return response;
};

type Application = {
  id: string;
  name: string;
  type: string;
  oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] };
  customClientMetadata: Record<string, unknown>;
};

describe('applications', () => {
  it('lists the demo SPA, the machine-to-machine apps and the third-party demo app, filtered by type', async () => {
    const all = (await api('GET', '/api/applications')).json as Application[];
    expect(all.map(({ id, type }) => [id, type])).toEqual([
      ['account-center-demo', 'SPA'],
      ['m2m-provisioner', 'MachineToMachine'],
      ['m2m-no-access', 'MachineToMachine'],
      ['photo-print-demo', 'Traditional'],
    ]);
    expect(all[3]).toMatchObject({ isThirdParty: true, name: 'Photo Print Shop (demo)' });
    expect(all[3]).not.toHaveProperty('secret');
    expect(all[0]).toMatchObject({ isThirdParty: false, protectedAppMetadata: null, customClientMetadata: {} });
    expect(all[0]).not.toHaveProperty('secret');

    const spas = (await api('GET', '/api/applications?types=SPA')).json as Application[];
    expect(spas.map(({ id }) => id)).toEqual(['account-center-demo']);
    const both = (await api('GET', '/api/applications?types=SPA&types=MachineToMachine')).json as Application[];
    expect(both).toHaveLength(3);
    const bad = await api('GET', '/api/applications?types=Nope');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'guard.invalid_input', message: 'The request query is invalid.' });
  });

  it('searches and pages like Logto', async () => {
    const found = (await api('GET', '/api/applications?search=%25demo%25')).json as Application[];
    expect(found.map(({ id }) => id)).toEqual(['account-center-demo', 'photo-print-demo']);
    const exact = (await api('GET', '/api/applications?search.name=provisioner%20(emulator)&mode.name=exact')).json as Application[];
    expect(exact.map(({ id }) => id)).toEqual(['m2m-provisioner']);

    const page = await api('GET', '/api/applications?page=2&page_size=1');
    expect((page.json as Application[]).map(({ id }) => id)).toEqual(['m2m-provisioner']);
    expect(page.header('total-number')).toBe('4');
    expect(page.header('link')).toContain('/api/applications?page=3&page_size=1>; rel="next"');
    expect((await api('GET', '/api/applications?page=0')).json).toMatchObject({ code: 'guard.invalid_pagination' });
  });

  it('creates a first-party SPA that can sign in at once', async () => {
    const created = await api('POST', '/api/applications', {
      name: 'Account center',
      type: 'SPA',
      oidcClientMetadata: {
        redirectUris: ['https://account.example.com/callback'],
        postLogoutRedirectUris: ['https://account.example.com/'],
      },
    });
    expect(created.status).toBe(200);
    const app = created.json as Application & { id: string; createdAt: number; description: null };
    expect(app).toMatchObject({ name: 'Account center', type: 'SPA', isThirdParty: false, description: null });
    expect(app.id).toMatch(/^[\da-z]{21}$/);
    expect(((await api('GET', '/api/applications')).json as Application[])[0]?.id).toBe(app.id);

    const client = new OidcTestClient(current().url, {
      clientId: app.id,
      redirectUri: 'https://account.example.com/callback',
    });
    const tokens = await client.signIn(demoUser.username, demoUser.password, { scopes: ['openid'] });
    expect(tokens.accessToken).toBeTruthy();
  });

  it('refuses what Logto refuses at creation', async () => {
    const saml = await api('POST', '/api/applications', { name: 'S', type: 'SAML' });
    expect(saml.json).toMatchObject({ code: 'application.saml.use_saml_app_api' });
    const thirdParty = await api('POST', '/api/applications', { name: 'T', type: 'SPA', isThirdParty: true });
    expect(thirdParty.json).toMatchObject({ code: 'application.invalid_third_party_application_type' });
    const badUri = await api('POST', '/api/applications', {
      name: 'U',
      type: 'SPA',
      oidcClientMetadata: { redirectUris: ['not a url'], postLogoutRedirectUris: [] },
    });
    expect(badUri.status).toBe(400);
    expect(badUri.json).toMatchObject({ code: 'guard.invalid_input', message: 'The request body is invalid.' });
    expect((await api('POST', '/api/applications', { type: 'SPA' })).status).toBe(400);
  });

  it('reads one application with isAdmin, and 404s an unknown id', async () => {
    const app = await api('GET', '/api/applications/account-center-demo');
    expect(app.json).toMatchObject({ id: 'account-center-demo', isAdmin: false });
    const missing = await api('GET', '/api/applications/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      code: 'entity.not_exists_with_id',
      message: 'The applications with ID `nope` does not exist.',
    });
  });

  it('replaces the redirect URIs and custom metadata it is sent, and the client follows', async () => {
    const patched = await api('PATCH', '/api/applications/account-center-demo', {
      oidcClientMetadata: {
        redirectUris: ['http://localhost:5173/callback', 'https://account.example.com/callback'],
        postLogoutRedirectUris: ['http://localhost:5173/', 'https://account.example.com/'],
        backchannelLogoutUri: 'https://account.example.com/logout',
      },
      customClientMetadata: { corsAllowedOrigins: ['https://embed.example.com'], idTokenTtl: 3600 },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      oidcClientMetadata: {
        redirectUris: ['http://localhost:5173/callback', 'https://account.example.com/callback'],
        backchannelLogoutUri: 'https://account.example.com/logout',
      },
      customClientMetadata: { corsAllowedOrigins: ['https://embed.example.com'], idTokenTtl: 3600 },
    });
    expect(current().state.clients.get('account-center-demo')?.corsAllowedOrigins).toEqual(['https://embed.example.com']);

    const renamed = (await api('PATCH', '/api/applications/account-center-demo', { name: 'Renamed' })).json as Application;
    expect(renamed.oidcClientMetadata.redirectUris).toHaveLength(2);
    expect(renamed.customClientMetadata).toEqual({ corsAllowedOrigins: ['https://embed.example.com'], idTokenTtl: 3600 });

    const client = new OidcTestClient(current().url, { redirectUri: 'https://account.example.com/callback' });
    expect((await client.signIn(demoUser.username, demoUser.password, { scopes: ['openid'] })).accessToken).toBeTruthy();

    const partial = await api('PATCH', '/api/applications/account-center-demo', {
      oidcClientMetadata: { redirectUris: [] },
    });
    expect(partial.status).toBe(400);
    expect((await api('PATCH', '/api/applications/nope', { name: 'x' })).status).toBe(404);
  });
});

describe('account center', () => {
  it('reads the settings the well-known and the Account API use', async () => {
    const settings = await api('GET', '/api/account-center');
    const wellKnown = await request(`${current().url}/api/.well-known/account-center`);
    expect(settings.json).toEqual(wellKnown.json);
  });

  it('replaces fields, deduplicates related origins and clears an empty delete URL', async () => {
    const patched = await api('PATCH', '/api/account-center', {
      enabled: true,
      fields: { name: 'ReadOnly', email: 'Edit', trustedDevice: 'Edit' },
      webauthnRelatedOrigins: ['https://account.example.com', 'https://account.example.com'],
      deleteAccountUrl: 'https://example.com/delete',
    });
    expect(patched.json).toMatchObject({
      enabled: true,
      fields: { name: 'ReadOnly', email: 'Edit' },
      webauthnRelatedOrigins: ['https://account.example.com'],
      deleteAccountUrl: 'https://example.com/delete',
    });
    expect((patched.json as { fields: object }).fields).toEqual({ name: 'ReadOnly', email: 'Edit' });
    expect((await request(`${current().url}/api/.well-known/account-center`)).json).toEqual(patched.json);

    const cleared = await api('PATCH', '/api/account-center', { deleteAccountUrl: '' });
    expect(cleared.json).toMatchObject({ deleteAccountUrl: null, fields: { name: 'ReadOnly', email: 'Edit' } });

    const bad = await api('PATCH', '/api/account-center', { deleteAccountUrl: 'ftp://example.com' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'guard.invalid_input' });
    const badControl = await api('PATCH', '/api/account-center', { fields: { name: 'Hidden' } });
    expect(badControl.status).toBe(400);
  });
});

describe('sign-in experience and connectors', () => {
  it('returns the stored sign-in experience row', async () => {
    const row = (await api('GET', '/api/sign-in-exp')).json as Record<string, unknown>;
    const wellKnown = (await request(`${current().url}/api/.well-known/sign-in-exp`)).json as Record<string, unknown>;
    expect(row).toMatchObject({
      mfa: wellKnown.mfa,
      passwordPolicy: wellKnown.passwordPolicy,
      color: wellKnown.color,
      socialSignInConnectorTargets: ['github', 'google'],
      emailBlocklistPolicy: {},
      forgotPasswordMethods: null,
    });
    expect(row).not.toHaveProperty('socialConnectors');
    expect(row).not.toHaveProperty('ssoConnectors');
  });

  it('lists the social and email connectors, filtered by target', async () => {
    const connectors = (await api('GET', '/api/connectors')).json as Array<Record<string, unknown>>;
    expect(connectors.map(({ id, type, target }) => [id, type, target])).toEqual([
      ['mockgithub01', 'Social', 'github'],
      ['mockgoogle01', 'Social', 'google'],
      ['mockemail001', 'Email', 'emulator-outbox'],
    ]);
    expect(connectors[0]).toMatchObject({
      name: { en: 'GitHub (test)' },
      platform: 'Web',
      isTokenStorageSupported: true,
      enableTokenStorage: true,
      connectorId: 'github-universal',
      metadata: { target: 'github' },
    });
    expect(connectors[1]).toMatchObject({ logoDark: null, enableTokenStorage: false });
    const google = (await api('GET', '/api/connectors?target=google')).json as unknown[];
    expect(google).toHaveLength(1);
  });

  it('lists the SSO connectors with their issuer and branding', async () => {
    const connectors = (await api('GET', '/api/sso-connectors')).json as Array<Record<string, unknown>>;
    expect(connectors).toHaveLength(1);
    expect(connectors[0]).toMatchObject({
      id: 'acmessotest1',
      providerName: 'OIDC',
      providerType: 'oidc',
      connectorName: 'Acme SSO (test)',
      config: { issuer: 'https://sso.acme.test' },
      domains: ['acme.test'],
      branding: { displayName: 'Acme SSO (test)' },
      enableTokenStorage: true,
    });
    const wellKnown = (await request(`${current().url}/api/.well-known/sign-in-exp`)).json as {
      ssoConnectors: Array<{ logo: string; darkLogo: string }>;
    };
    expect(connectors[0]?.branding).toMatchObject({
      logo: wellKnown.ssoConnectors[0]?.logo,
      darkLogo: wellKnown.ssoConnectors[0]?.darkLogo,
    });
  });
});
