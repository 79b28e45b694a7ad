import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/error';
import { localizedName, unlinkableReason } from './connectors';
import { clearPendingLinks, randomState, savePendingLink, takePendingLink, type PendingLink } from './pending-link';
import { tokenStatusOf } from '@/api/queries/token-status';

const link = (overrides: Partial<PendingLink> = {}): PendingLink => ({
  connectorId: 'mockgithub01',
  target: 'github',
  mode: 'link',
  state: 'state-1',
  verificationRecordId: 'social-1',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  ...overrides,
});

afterEach(() => sessionStorage.clear());

describe('pending links', () => {
  it('hands back the link whose state came back, once', () => {
    savePendingLink(link());
    savePendingLink(link({ connectorId: 'mockgoogle01', target: 'google', state: 'state-2' }));
    expect(takePendingLink('state-2')?.target).toBe('google');
    expect(takePendingLink('state-2')).toBeUndefined();
    expect(takePendingLink('state-1')?.target).toBe('github');
  });

  it('gives nothing for a missing or unknown state, and keeps the real link for its own answer', () => {
    savePendingLink(link());
    expect(takePendingLink(null)).toBeUndefined();
    expect(takePendingLink('forged')).toBeUndefined();
    expect(takePendingLink('state-1')).toBeDefined();
  });

  it('drops expired links it passes over', () => {
    savePendingLink(link({ expiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(takePendingLink('other')).toBeUndefined();
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('forgets every link on sign-out', () => {
    savePendingLink(link());
    clearPendingLinks();
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('makes states that are long and different every time', () => {
    const states = new Set(Array.from({ length: 50 }, randomState));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[\w-]{43}$/);
  });
});

describe('token status', () => {
  it('keeps only expiry and scopes, never the token', async () => {
    const status = await tokenStatusOf(Promise.resolve({ access_token: 'secret-token', scope: 'repo read:user', expires_in: 60 }), () => 1_000);
    expect(status).toEqual({ state: 'stored', expiresAt: 61_000, scopes: ['repo', 'read:user'] });
    expect(JSON.stringify(status)).not.toContain('secret-token');
  });

  it('reads Logto’s answers for no token and an expired one', async () => {
    const failing = (code: string, status: number) => Promise.reject(new ApiError({ status, code, message: code }));
    await expect(tokenStatusOf(failing('secrets.third_party_token_set.token_not_found', 404))).resolves.toEqual({ state: 'none' });
    await expect(tokenStatusOf(failing('secrets.third_party_token_set.access_token_expired', 401))).resolves.toEqual({ state: 'expired' });
    await expect(tokenStatusOf(failing('connector.token_storage_not_supported', 422))).resolves.toEqual({ state: 'expired' });
    await expect(tokenStatusOf(failing('auth.forbidden', 403))).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('connectors', () => {
  it('names a connector in the user’s language', () => {
    const name = { en: 'GitHub', 'zh-CN': 'GitHub 中文', de: 'GitHub DE' };
    expect(localizedName(name, 'zh-CN', 'x')).toBe('GitHub 中文');
    expect(localizedName(name, 'de-AT', 'x')).toBe('GitHub DE');
    expect(localizedName(name, 'fr', 'x')).toBe('GitHub');
    expect(localizedName(undefined, 'en', 'github')).toBe('github');
  });

  it('says which connectors a browser cannot link', () => {
    expect(unlinkableReason({ id: '1', target: 'wechat', name: 'WeChat', platform: 'Native' })).toBe('native');
    expect(unlinkableReason({ id: '2', target: 'saml', name: 'SAML' })).toBe('saml');
    expect(unlinkableReason({ id: '3', target: 'apple', name: 'Apple', platform: 'Web' })).toBe('form_post');
    expect(unlinkableReason({ id: '4', target: 'github', name: 'GitHub', platform: 'Web' })).toBeUndefined();
  });
});
