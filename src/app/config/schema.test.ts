import { describe, expect, it } from 'vitest';
import { defaultScopes, parseConfig } from './schema';

const valid = { endpoint: 'https://tenant.logto.app/', appId: 'app123' };

describe('parseConfig', () => {
  it('accepts a minimal file and fills in defaults', () => {
    const result = parseConfig(valid);
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        endpoint: 'https://tenant.logto.app',
        appId: 'app123',
        scopes: defaultScopes,
        publicSettings: 'auto',
        theme: 'system',
        locale: 'auto',
        embed: { allowedOrigins: [] },
      }),
    });
  });

  it('uses build-time defaults when the file is absent', () => {
    const result = parseConfig(undefined, { endpoint: 'http://localhost:3001', appId: 'demo', scopes: 'openid profile' });
    expect(result.ok && result.config).toMatchObject({ endpoint: 'http://localhost:3001', appId: 'demo', scopes: ['openid', 'profile'] });
  });

  it('lets the file override build-time defaults', () => {
    const result = parseConfig({ endpoint: 'https://other.example.com' }, { endpoint: 'http://localhost:3001', appId: 'demo' });
    expect(result.ok && result.config.endpoint).toBe('https://other.example.com');
  });

  it('names every missing or bad field with a fix', () => {
    const result = parseConfig({ endpoint: 'ftp://x', scopes: ['profile'], theme: 'blue', embed: { allowedOrigins: ['https://a.com/path'] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.field, problem.reason])).toEqual([
      ['endpoint', 'config.problem.not_url'],
      ['appId', 'config.problem.missing'],
      ['scopes', 'config.problem.no_openid'],
      ['theme', 'config.problem.not_one_of'],
      ['embed.allowedOrigins', 'config.problem.not_origin'],
    ]);
    for (const problem of result.problems) expect(problem.fix).toMatch(/^config\.fix\./);
  });

  it('checks the account-center snapshot', () => {
    const result = parseConfig({ ...valid, accountCenter: { enabled: 'yes', fields: { name: 'Edit', avatar: 'Hidden' } } });
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual(['accountCenter.enabled', 'accountCenter.fields.avatar']);
  });

  it('refuses a file that is not an object', () => {
    expect(parseConfig([1, 2])).toMatchObject({ ok: false, problems: [{ field: 'config.json' }] });
  });

  it('takes a settings path below the app’s base, and refuses one that leaves it', () => {
    const path = (settingsPath: unknown) => {
      const result = parseConfig({ ...valid, settingsPath });
      return result.ok ? result.config.settingsPath : result.problems.map((problem) => problem.reason);
    };
    expect(path('logto-settings')).toBe('logto-settings/');
    expect(path('api/.well-known/')).toBe('api/.well-known/');
    expect(path(undefined)).toBeUndefined();
    for (const bad of ['/logto-settings/', '../logto/', 'https://evil.test/', '', 'a//b/', 'a?x=1', 42]) {
      expect(path(bad), String(bad)).toEqual(['config.problem.not_relative_path']);
    }
    const fromBuild = parseConfig(undefined, { endpoint: 'http://localhost:3001', appId: 'demo', settingsPath: 'logto-settings/' });
    expect(fromBuild.ok && fromBuild.config.settingsPath).toBe('logto-settings/');
  });
});
