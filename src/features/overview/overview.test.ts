import { describe, expect, it } from 'vitest';
import type { MfaVerification } from '@/api/mfa';
import type { Account, AccountCenterField, FieldControl } from '@/api/types';
import { buildExport, exportFileName, withoutSecrets } from './build-export';
import { byUrgency, checkup, type CheckInput } from './checks';

const allEdit = () => 'Edit' as FieldControl;
const at = (iso: string) => new Date(iso).toISOString();
const base = (overrides: Partial<CheckInput> = {}): CheckInput => ({
  account: { id: 'u1', username: 'dana', primaryEmail: null, primaryPhone: null, hasPassword: true, identities: {} },
  controlOf: allEdit,
  experience: { mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'] } },
  mfa: [],
  skipMfaOnSignIn: false,
  tokens: [],
  devicesAvailable: true,
  ...overrides,
});
const find = (input: CheckInput, id: string) => checkup(input).find((check) => check.id === id);
const totp: MfaVerification = { id: 't', type: 'Totp', createdAt: at('2026-01-01') };
const codes = (remainCodes: number): MfaVerification => ({ id: `c${remainCodes}`, type: 'BackupCode', createdAt: at('2026-01-01'), remainCodes });

describe('the checkup', () => {
  it('puts a fresh account at risk where it is, with the action that fixes each', () => {
    const checks = byUrgency(checkup(base()));
    expect(checks.map(({ id, status }) => [id, status])).toEqual([
      ['recovery', 'risk'],
      ['two-step', 'risk'],
      ['passkeys', 'look'],
      ['sign-in', 'fine'],
      ['devices', 'fine'],
    ]);
    expect(find(base(), 'recovery')?.action?.to).toBe('/security?open=add-email');
    expect(find(base(), 'two-step')?.action?.to).toBe('/security?open=totp');
    expect(find(base(), 'passkeys')?.action?.to).toBe('/security?open=add-passkey');
    expect(find(base(), 'devices')?.action?.to).toBe('/devices');
  });

  it('warns about backup codes running out, and offers new ones when all are used', () => {
    expect(find(base({ mfa: [totp] }), 'backup-codes')).toMatchObject({ status: 'look', body: 'overview.check.backup_codes_none' });
    expect(find(base({ mfa: [totp, codes(4)] }), 'backup-codes')).toMatchObject({ status: 'fine', vars: { count: 4 } });
    expect(find(base({ mfa: [totp, codes(3)] }), 'backup-codes')).toMatchObject({ status: 'look', vars: { count: 3 } });
    expect(find(base({ mfa: [totp, codes(0)] }), 'backup-codes')).toMatchObject({ status: 'risk', action: { to: '/security?open=backup-codes' } });
    // Backup codes alone are no second step, and Logto refuses them without one.
    expect(find(base({ mfa: [] }), 'backup-codes')).toBeUndefined();
  });

  it('says two-step verification is on, or set up but skipped at sign-in', () => {
    expect(find(base({ mfa: [totp] }), 'two-step')).toMatchObject({ status: 'fine', body: 'overview.check.two_step_totp' });
    expect(find(base({ mfa: [totp], skipMfaOnSignIn: true }), 'two-step')).toMatchObject({ status: 'look', action: { to: '/security?open=mfa-switch' } });
  });

  it('offers to reconnect a connection whose stored token expired', () => {
    const check = find(base({ tokens: [{ target: 'github', name: 'GitHub', status: { state: 'expired' } }] }), 'reconnect-github');
    expect(check).toMatchObject({ status: 'look', vars: { name: 'GitHub' }, action: { to: '/connections?open=reconnect-github' } });
  });

  it('suggests nothing the tenant turned off', () => {
    const controls: Partial<Record<AccountCenterField, FieldControl>> = { email: 'ReadOnly', phone: 'Off', mfa: 'Off', passkey: 'Off', session: 'Off' };
    const checks = checkup(base({ controlOf: (field) => controls[field] ?? 'Edit', mfa: undefined, devicesAvailable: false }));
    expect(checks.map(({ id }) => id)).toEqual(['sign-in']);
    // No passkeys in the tenant's sign-in experience: none is suggested.
    expect(find(base({ experience: { mfa: { factors: ['Totp'] } } }), 'passkeys')).toBeUndefined();
  });

  it('counts devices and apps only when they are already known', () => {
    expect(find(base({ devices: { sessions: 3, apps: 1 } }), 'devices')).toMatchObject({ body: 'overview.check.devices_count', vars: { count: 3, apps: 1 } });
    expect(find(base(), 'devices')).toMatchObject({ body: 'overview.check.devices_review' });
  });
});

describe('the data export', () => {
  const account: Account = {
    id: 'u1',
    username: 'dana',
    primaryEmail: 'dana@example.com',
    name: 'Dana',
    profile: { givenName: 'Dana' },
    customData: { plan: 'pro' },
    identities: { github: { userId: 'gh-1', details: { email: 'd@gh.test', rawData: { access_token: 'gho_x', nested: { refreshToken: 'r' }, login: 'dana' } } } },
    createdAt: Date.parse('2026-01-02T03:04:05Z'),
  };

  it('holds the profile and factors, with dates, but nothing secret', () => {
    const data = buildExport({
      endpoint: 'https://logto.test',
      now: new Date('2026-12-02T10:00:00Z'),
      account,
      mfa: [totp, codes(7), { id: 'p', type: 'WebAuthn', name: 'Laptop', createdAt: at('2026-02-01'), lastUsedAt: at('2026-03-01') }],
      ssoIdentities: [{ issuer: 'https://sso.test', identityId: 'x', detail: { id_token: 'eyJ', email: 'd@sso.test' } }],
    });
    expect(data).toMatchObject({
      format: 'logto-account-export',
      version: 1,
      exportedAt: '2026-12-02T10:00:00.000Z',
      logtoEndpoint: 'https://logto.test',
      account: { id: 'u1', username: 'dana', createdAt: '2026-01-02T03:04:05.000Z' },
      profile: { givenName: 'Dana' },
      customData: { plan: 'pro' },
      socialIdentities: [{ target: 'github', userId: 'gh-1', details: { email: 'd@gh.test', rawData: { nested: {}, login: 'dana' } } }],
      ssoIdentities: [{ issuer: 'https://sso.test', identityId: 'x', detail: { email: 'd@sso.test' } }],
      twoStepVerification: [
        { type: 'Totp' },
        { type: 'BackupCode', unusedCodes: 7 },
        { type: 'WebAuthn', name: 'Laptop', lastUsedAt: '2026-03-01T00:00:00.000Z' },
      ],
    });
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/gho_x|eyJ|refresh/i);
    expect(data).not.toHaveProperty('sessions');
  });

  it('names the file after the user and the day, and strips credentials however deep', () => {
    expect(exportFileName(account, new Date('2026-12-02T23:00:00Z'))).toBe('account-dana-2026-12-02.json');
    expect(exportFileName({ id: 'u1' }, new Date('2026-12-02T00:00:00Z'))).toBe('account-u1-2026-12-02.json');
    expect(withoutSecrets([{ clientSecret: 1, a: [{ password: 2, b: 3 }] }])).toEqual([{ a: [{ b: 3 }] }]);
  });
});
