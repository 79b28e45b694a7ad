import { describe, expect, it } from 'vitest';

import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';

const current = useEmulator();

const control = (method: string, path: string, body?: unknown) =>
  request(`${current().url}/__emulator${path}`, { method, body });

const wellKnown = async () =>
  (await request(`${current().url}/api/.well-known/sign-in-exp`)).json as Record<string, unknown> & {
    customProfileFieldCatalog: Array<{ name: string; sieOrder: number }>;
    customProfileFields: Array<{ name: string }>;
  };

const catalog = [
  { name: 'name', type: 'Text', label: 'Name', required: true, config: { maxLength: 64 } },
  { name: 'shoeSize', type: 'Number', required: false, config: { minValue: 30, maxValue: 50 } },
  { name: 'plan', type: 'Select', label: 'Plan', description: 'Your plan', required: false, config: { options: [{ label: 'Free', value: 'free' }] } },
  {
    name: 'address',
    type: 'Address',
    required: false,
    config: { parts: [{ enabled: true, name: 'country', type: 'Text', required: true }] },
  },
];

describe('PUT /__emulator/custom-profile-fields', () => {
  it('replaces the whole catalog in array order and publishes it', async () => {
    const response = await control('PUT', '/custom-profile-fields', catalog);
    expect(response.status).toBe(200);
    const rows = response.json as Array<Record<string, unknown>>;
    expect(rows.map(({ name, sieOrder, label, description }) => [name, sieOrder, label, description])).toEqual([
      ['name', 1, 'Name', null],
      ['shoeSize', 2, '', null],
      ['plan', 3, 'Plan', 'Your plan'],
      ['address', 4, '', null],
    ]);
    expect(rows[0]).toMatchObject({ tenantId: 'default', id: expect.stringMatching(/^[\da-z]{21}$/) as unknown, config: { maxLength: 64 } });
    expect((await wellKnown()).customProfileFieldCatalog).toEqual(rows);
    expect((await control('GET', '/custom-profile-fields')).json).toEqual(rows);
  });

  it('drops names that left the catalog from the sign-up and account-center lists', async () => {
    await control('PATCH', '/sign-in-experience', { signUpProfileFields: [{ name: 'avatar' }, { name: 'name' }] });
    await control('PUT', '/custom-profile-fields', catalog);
    expect(current().state.accountCenter.profileFields).toEqual([{ name: 'name' }]);
    expect((await wellKnown()).customProfileFields.map(({ name }) => name)).toEqual(['name']);
  });

  it("refuses a bad field with a guard error or Logto's code, and keeps the catalog", async () => {
    const refusals: Array<[unknown, string]> = [
      [[{ name: 'x', type: 'Colour', required: false }], 'guard.invalid_input'],
      [[{ name: 'x', type: 'Text' }], 'guard.invalid_input'],
      [[{ name: 'x', type: 'Text', required: false, label: 'l'.repeat(129) }], 'guard.invalid_input'],
      [[{ name: 'x', type: 'Text', required: false, config: { minLength: -1 } }], 'guard.invalid_input'],
      [[{ name: 'x', type: 'Url', required: false }, { name: 'x', type: 'Url', required: false }], 'guard.invalid_input'],
      [{ name: 'x', type: 'Url', required: false }, 'guard.invalid_input'],
      [[{ name: 'my field', type: 'Url', required: false }], 'custom_profile_fields.invalid_name'],
      [[{ name: 'phone', type: 'Text', required: false }], 'custom_profile_fields.name_conflict_sign_in_identifier'],
      [[{ name: 'x', type: 'Text', required: false, config: { minLength: 3, maxLength: 1 } }], 'custom_profile_fields.invalid_min_max_input'],
    ];
    for (const [body, code] of refusals) {
      const response = await control('PUT', '/custom-profile-fields', body);
      expect([response.status, (response.json as { code?: string }).code], JSON.stringify(body)).toEqual([400, code]);
    }
    expect((await wellKnown()).customProfileFieldCatalog.map(({ name }) => name)).toEqual(['name', 'avatar']);
  });

  it('is back to the recorded catalog after a reset', async () => {
    await control('PUT', '/custom-profile-fields', []);
    expect((await wellKnown()).customProfileFieldCatalog).toEqual([]);
    expect(current().state.accountCenter.profileFields).toEqual([]);
    await control('POST', '/reset');
    expect((await wellKnown()).customProfileFieldCatalog.map(({ name }) => name)).toEqual(['name', 'avatar']);
    expect(current().state.accountCenter.profileFields).toEqual([{ name: 'name' }, { name: 'avatar' }]);
  });
});

describe('PATCH /__emulator/sign-in-experience links and sign-up fields', () => {
  it('sets the tenant links (a URL, an email, null or empty) and checks their shape', async () => {
    const patched = await control('PATCH', '/sign-in-experience', {
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: 'https://example.com/privacy',
      supportEmail: 'help@example.com',
      supportWebsiteUrl: 'https://example.com/support',
    });
    expect(patched.status).toBe(200);
    expect(await wellKnown()).toMatchObject({
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: 'https://example.com/privacy',
      supportEmail: 'help@example.com',
      supportWebsiteUrl: 'https://example.com/support',
    });
    await control('PATCH', '/sign-in-experience', { termsOfUseUrl: null, supportEmail: '' });
    expect(await wellKnown()).toMatchObject({ termsOfUseUrl: null, supportEmail: '', privacyPolicyUrl: 'https://example.com/privacy' });

    for (const body of [
      { supportEmail: 'not-an-email' },
      { supportWebsiteUrl: 'not a url' },
      { termsOfUseUrl: `https://example.com/${'a'.repeat(2030)}` },
    ]) {
      const response = await control('PATCH', '/sign-in-experience', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('takes signUpProfileFields naming catalog fields once each', async () => {
    expect((await control('PATCH', '/sign-in-experience', { signUpProfileFields: [{ name: 'name' }] })).status).toBe(200);
    expect((await wellKnown()).customProfileFields.map(({ name }) => name)).toEqual(['name']);
    const unknown = await control('PATCH', '/sign-in-experience', { signUpProfileFields: [{ name: 'ghost' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ code: 'custom_profile_fields.entity_not_exists_with_names' });
    await control('PATCH', '/sign-in-experience', { signUpProfileFields: null });
    expect(await wellKnown()).toMatchObject({ signUpProfileFields: null, customProfileFields: [] });
  });
});

describe('PATCH /__emulator/account-center profile fields and delete URL', () => {
  it('sets profileFields and deleteAccountUrl, checking names against the catalog', async () => {
    const patched = await control('PATCH', '/account-center', {
      profileFields: [{ name: 'avatar' }],
      deleteAccountUrl: 'https://example.com/delete',
    });
    expect(patched.json).toMatchObject({ profileFields: [{ name: 'avatar' }], deleteAccountUrl: 'https://example.com/delete' });
    expect((await request(`${current().url}/api/.well-known/account-center`)).json).toMatchObject({
      profileFields: [{ name: 'avatar' }],
      deleteAccountUrl: 'https://example.com/delete',
    });
    const duplicate = await control('PATCH', '/account-center', { profileFields: [{ name: 'avatar' }, { name: 'avatar' }] });
    expect(duplicate.json).toMatchObject({ code: 'request.invalid_input', data: { duplicateNames: ['avatar'] } });
    expect((await control('PATCH', '/account-center', { profileFields: [{ name: 'ghost' }] })).status).toBe(400);
  });
});
