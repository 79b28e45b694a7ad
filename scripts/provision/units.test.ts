import { describe, expect, it } from 'vitest';

import { parseArgs } from './args.js';
import { defaultIndicator, readEnv } from './env.js';
import type { AccountCenter, SignInExperience, SsoConnector } from './logto.js';
import { ignoredKeys, planAccountCenter } from './plan.js';
import { parseSettings } from './settings.js';
import { buildSnapshot, publicSsoConnectors } from './snapshot.js';

const env = { LOGTO_ENDPOINT: 'https://auth.example.com/', LOGTO_M2M_CLIENT_ID: 'id', LOGTO_M2M_CLIENT_SECRET: 's' };

describe('environment and flags', () => {
  it('derives the Management API indicator from the tenant', () => {
    expect(defaultIndicator('default')).toBe('https://default.logto.app/api');
    expect(readEnv(env)).toMatchObject({ endpoint: 'https://auth.example.com', tenantId: 'default', apiIndicator: 'https://default.logto.app/api' });
    expect(readEnv({ ...env, LOGTO_TENANT_ID: 'abc123' }).apiIndicator).toBe('https://abc123.logto.app/api');
    expect(readEnv({ ...env, LOGTO_MANAGEMENT_API_INDICATOR: 'https://x.test/api' }).apiIndicator).toBe('https://x.test/api');
    expect(() => readEnv({ ...env, LOGTO_ENDPOINT: 'auth.example.com' })).toThrow(/LOGTO_ENDPOINT is not an http\(s\) URL/);
  });

  it('reads --settings, --out and --dry-run, with or without =', () => {
    expect(parseArgs([])).toEqual({ settingsPath: 'provision.settings.json', outPath: 'dist/config.json', dryRun: false, help: false });
    expect(parseArgs(['--settings=a.json', '--out', 'b/config.json', '--dry-run'])).toMatchObject({
      settingsPath: 'a.json',
      outPath: 'b/config.json',
      dryRun: true,
    });
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
  });
});

describe('settings', () => {
  it('puts deployment URLs in folder form and deduplicates them', () => {
    const settings = parseSettings(
      { app: { name: 'A' }, urls: ['https://example.com/account', 'https://example.com/account/'] },
      'x'
    );
    expect(settings.urls).toEqual(['https://example.com/account/']);
    expect(settings.accountCenter).toEqual({ fields: {} });
  });

  it('refuses embed origins with a path, trustedDevice and scopes without openid', () => {
    const message = (() => {
      try {
        parseSettings(
          {
            app: { name: 'A' },
            urls: ['https://a.test/'],
            embed: { allowedOrigins: ['https://a.test/'] },
            accountCenter: { fields: { trustedDevice: 'Edit' } },
            scopes: ['profile'],
          },
          'x'
        );
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain("accountCenter.fields: Unrecognized key(s) in object: 'trustedDevice'");
    expect(message).toContain('embed.allowedOrigins.0: must be an origin');
    expect(message).toContain('scopes: must include openid');
  });

  it('takes a settings path below the app and refuses one that leaves it', () => {
    const base = { app: { name: 'A' }, urls: ['https://a.test/'] };
    expect(parseSettings({ ...base, settingsPath: 'logto-settings/' }, 'x').settingsPath).toBe('logto-settings/');
    for (const settingsPath of ['/logto-settings/', '../up/', 'https://b.test/']) {
      expect(() => parseSettings({ ...base, settingsPath }, 'x'), settingsPath).toThrow(/settingsPath/);
    }
  });
});

const accountCenter: AccountCenter = {
  enabled: true,
  fields: { name: 'Edit', email: 'Edit' },
  webauthnRelatedOrigins: ['https://a.test'],
  deleteAccountUrl: null,
};

describe('account-center plan', () => {
  it('merges field controls over the current ones and sends the whole object', () => {
    const settings = parseSettings(
      { app: { name: 'A' }, urls: ['https://a.test/x/', 'https://b.test/'], accountCenter: { fields: { name: 'ReadOnly', phone: 'Off' } } },
      'x'
    );
    const { patch, changes } = planAccountCenter(accountCenter, settings);
    expect(patch).toEqual({
      fields: { name: 'ReadOnly', email: 'Edit', phone: 'Off' },
      webauthnRelatedOrigins: ['https://a.test', 'https://b.test'],
    });
    expect(changes).toEqual([
      { kind: 'changed', subject: 'field name', from: 'Edit', to: 'ReadOnly' },
      { kind: 'changed', subject: 'field phone', from: '(not set)', to: 'Off' },
      { kind: 'added', subject: 'webauthn related origins', value: 'https://b.test' },
    ]);
  });

  it('turns on the devices area (the session field, Off in a new tenant) like any other field', () => {
    const settings = parseSettings({ app: { name: 'A' }, urls: ['https://a.test/'], accountCenter: { fields: { session: 'Edit' } } }, 'x');
    const { patch, changes } = planAccountCenter({ ...accountCenter, enabled: false, fields: {} }, settings);
    expect(patch).toEqual({ enabled: true, fields: { session: 'Edit' } });
    expect(changes).toContainEqual({ kind: 'changed', subject: 'field session', from: '(not set)', to: 'Edit' });
  });

  it('notices keys Logto did not apply, whatever the key order it answers with', () => {
    const patch = { fields: { name: 'ReadOnly' as const, email: 'Edit' as const }, deleteAccountUrl: 'https://a.test/delete' };
    expect(ignoredKeys(patch, { ...accountCenter, fields: { email: 'Edit', name: 'ReadOnly' } })).toEqual(['deleteAccountUrl']);
  });
});

const experience = (overrides: Partial<SignInExperience> = {}): SignInExperience => ({
  socialSignInConnectorTargets: [],
  singleSignOnEnabled: true,
  mfa: { factors: [], policy: 'UserControlled' },
  passwordPolicy: {},
  color: { primaryColor: '#000000', darkPrimaryColor: '#ffffff', isDarkModeEnabled: false },
  branding: {},
  ...overrides,
});

const sso = (overrides: Partial<SsoConnector>): SsoConnector => ({
  id: 'c1',
  providerName: 'OIDC',
  providerType: 'oidc',
  connectorName: 'internal name',
  name: 'OIDC',
  config: { issuer: 'https://idp.test' },
  domains: ['a.test'],
  branding: {},
  providerLogo: 'light.svg',
  providerLogoDark: 'dark.svg',
  ...overrides,
});

describe('snapshot', () => {
  it('lists SSO connectors as the public sign-in experience does', () => {
    expect(publicSsoConnectors(experience(), [sso({}), sso({ id: 'c2', domains: [] })])).toEqual([
      { id: 'c1', connectorName: 'OIDC', logo: 'light.svg', darkLogo: 'dark.svg', issuer: 'https://idp.test' },
    ]);
    expect(
      publicSsoConnectors(experience(), [
        sso({ branding: { displayName: 'Acme', logo: 'acme.svg' }, config: {}, providerConfig: { issuer: 'https://found.test' } }),
      ])
    ).toEqual([{ id: 'c1', connectorName: 'Acme', logo: 'acme.svg', darkLogo: 'dark.svg', issuer: 'https://found.test' }]);
    expect(publicSsoConnectors(experience(), [sso({ providerName: 'SAML', providerType: 'saml', config: {} })])).toEqual([
      { id: 'c1', connectorName: 'OIDC', logo: 'light.svg', darkLogo: 'dark.svg' },
    ]);
    expect(publicSsoConnectors(experience({ singleSignOnEnabled: false }), [sso({})])).toEqual([]);
  });

  it('orders field controls the same way whatever order Logto sends them in', () => {
    const settings = parseSettings({ app: { name: 'A' }, urls: ['https://a.test/'] }, 'x');
    const snapshot = (fields: AccountCenter['fields']) =>
      JSON.stringify(
        buildSnapshot({
          endpoint: 'https://auth.test',
          appId: 'app',
          settings,
          accountCenter: { ...accountCenter, fields },
          signInExperience: experience(),
          connectors: [],
          ssoConnectors: [],
          customProfileFields: [],
        })
      );
    expect(snapshot({ email: 'Edit', name: 'Edit', zeta: 'Off' })).toBe(snapshot({ zeta: 'Off', name: 'Edit', email: 'Edit' }));
    expect(snapshot({ email: 'Edit', name: 'Edit' })).toContain('"fields":{"name":"Edit","email":"Edit"}');
  });

  it('writes the tenant links as null when unset or empty, and the catalog by sieOrder then name', () => {
    const settings = parseSettings({ app: { name: 'A' }, urls: ['https://a.test/'] }, 'x');
    const row = (name: string, sieOrder: number) => ({ tenantId: 'default', id: name, name, type: 'Text', sieOrder });
    const snapshot = buildSnapshot({
      endpoint: 'https://auth.test',
      appId: 'app',
      settings,
      accountCenter,
      signInExperience: experience({ termsOfUseUrl: 'https://a.test/terms', privacyPolicyUrl: '', supportEmail: null }),
      connectors: [],
      ssoConnectors: [],
      customProfileFields: [row('zeta', 2), row('beta', 2), row('alpha', 3), row('first', 1)],
    });
    expect(snapshot.signInExperience).toMatchObject({
      termsOfUseUrl: 'https://a.test/terms',
      privacyPolicyUrl: null,
      supportEmail: null,
      supportWebsiteUrl: null,
      customProfileFieldCatalog: [row('first', 1), row('beta', 2), row('zeta', 2), row('alpha', 3)],
    });
    // An older Logto without profile fields answers no key: written as null.
    expect(snapshot.accountCenter).toMatchObject({ profileFields: null });
  });
});
