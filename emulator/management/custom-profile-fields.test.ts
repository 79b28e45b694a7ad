import { beforeEach, describe, expect, it } from 'vitest';

import { OpenApiResponses } from '../conformance/openapi.js';
import { demoUser } from '../state/seed.js';
import { request, type RawResponse } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { managementToken } from '../testing/management.js';
import { getTokens } from '../testing/oidc-client.js';

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

const control = (method: string, path: string, body?: unknown) =>
  request(`${current().url}/__emulator${path}`, { method, body });

type Row = { name: string; type: string; label: string; description: string | null; sieOrder: number; id: string; config: object };

const wellKnown = async () => {
  const response = await request(`${current().url}/api/.well-known/sign-in-exp`);
  return response.json as { customProfileFields: Row[]; customProfileFieldCatalog: Row[] } & Record<string, unknown>;
};

const names = (rows: unknown) => (rows as Row[]).map(({ name }) => name);
const codeOf = (response: RawResponse) => (response.json as { code?: string }).code;

const nickname = { name: 'nickname', type: 'Text', label: 'Nickname', required: false, config: { maxLength: 20 } };

describe('GET /api/custom-profile-fields', () => {
  it('lists the recorded tenant catalog in sieOrder, as the well-known does', async () => {
    const rows = (await api('GET', '/api/custom-profile-fields')).json as Row[];
    expect(rows).toEqual([
      expect.objectContaining({ tenantId: 'default', name: 'name', type: 'Text', label: 'Name', description: null, required: false, config: {}, sieOrder: 1 }),
      expect.objectContaining({ name: 'avatar', type: 'Url', label: 'Avatar', sieOrder: 2 }),
    ]);
    expect((await wellKnown()).customProfileFieldCatalog).toEqual(rows);
    expect((await api('GET', '/api/custom-profile-fields/avatar')).json).toEqual(rows[1]);
    const missing = await api('GET', '/api/custom-profile-fields/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ code: 'entity.not_found', message: 'The resource does not exist.' });
  });

  it('needs a Management API token', async () => {
    const response = await request(`${current().url}/api/custom-profile-fields`);
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('auth.authorization_header_missing');
  });
});

describe('POST /api/custom-profile-fields', () => {
  it('creates a field at the end of the order, with the column defaults', async () => {
    const created = await api('POST', '/api/custom-profile-fields', { name: 'company', type: 'Text', required: true });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      tenantId: 'default',
      id: expect.stringMatching(/^[\da-z]{21}$/) as unknown,
      name: 'company',
      type: 'Text',
      label: '',
      description: null,
      required: true,
      config: {},
      createdAt: expect.any(Number) as unknown,
      sieOrder: 3,
    });
    expect(names((await wellKnown()).customProfileFieldCatalog)).toEqual(['name', 'avatar', 'company']);

    const again = await api('POST', '/api/custom-profile-fields', { name: 'company', type: 'Url', required: false });
    expect(again.status).toBe(422);
    expect(again.json).toEqual({ code: 'custom_profile_fields.name_exists', message: 'Field already exists with the given name.' });
  });

  it("applies Logto's name and per-type rules", async () => {
    const post = (body: unknown) => api('POST', '/api/custom-profile-fields', body);
    const expectations: Array<[unknown, number, string]> = [
      [{ ...nickname, name: 'nick-name' }, 400, 'custom_profile_fields.invalid_name'],
      [{ ...nickname, name: 'primaryEmail' }, 400, 'custom_profile_fields.name_conflict_sign_in_identifier'],
      [{ ...nickname, name: 'onboarding' }, 400, 'custom_profile_fields.name_conflict_custom_data'],
      [{ ...nickname, config: { minLength: 5, maxLength: 2 } }, 400, 'custom_profile_fields.invalid_min_max_input'],
      [{ name: 'age', type: 'Number', required: false, config: { minValue: 9, maxValue: 1 } }, 400, 'custom_profile_fields.invalid_min_max_input'],
      [{ name: 'home', type: 'Address', required: false, config: { parts: [] } }, 400, 'custom_profile_fields.invalid_address_parts'],
      [
        { name: 'fullname', type: 'Fullname', required: false, config: { parts: [{ enabled: true, name: 'givenName', type: 'Address', required: false }] } },
        400,
        'custom_profile_fields.invalid_sub_component_type',
      ],
      [{ ...nickname, type: 'Colour' }, 400, 'guard.invalid_input'],
      [{ name: 'agree', type: 'Checkbox', required: true }, 400, 'guard.invalid_input'],
      [{ name: 'plan', type: 'Select', required: false }, 400, 'guard.invalid_input'],
      [{ ...nickname, label: '' }, 400, 'guard.invalid_input'],
      [{ ...nickname, label: 'l'.repeat(129) }, 422, 'entity.value_too_long'],
      [{ ...nickname, description: 'd'.repeat(257) }, 422, 'entity.value_too_long'],
      [{ ...nickname, name: 'n'.repeat(129) }, 422, 'entity.value_too_long'],
    ];
    for (const [body, status, code] of expectations) {
      const response = await post(body);
      expect([response.status, codeOf(response)], JSON.stringify(body)).toEqual([status, code]);
    }
    expect((await post({ ...nickname, name: 'primaryEmail' })).json).toMatchObject({
      message: 'Invalid field name. "primaryEmail" is a reserved sign-in identifier key.',
    });
    expect((await post({ ...nickname, label: 'l'.repeat(129) })).json).toMatchObject({
      data: { message: 'value too long for type character varying(128)' },
    });
    expect(names((await api('GET', '/api/custom-profile-fields')).json)).toEqual(['name', 'avatar']);
  });

  it('creates composite and option fields, lenient where only an update is strict', async () => {
    const address = await api('POST', '/api/custom-profile-fields', {
      name: 'address',
      type: 'Address',
      required: false,
      config: { parts: [{ enabled: true, name: 'country', type: 'Select', required: true, config: { options: [{ value: 'PT' }] } }] },
    });
    expect(address.status).toBe(201);
    const emptySelect = await api('POST', '/api/custom-profile-fields', { name: 'plan', type: 'Select', required: false, config: { options: [] } });
    expect(emptySelect.status).toBe(201);
    const checkbox = await api('POST', '/api/custom-profile-fields', { name: 'agree', type: 'Checkbox', required: false, description: 'dropped' });
    expect(checkbox.json).toMatchObject({ name: 'agree', description: null, config: {} });
  });

  it('answers 500 for a config its response guard refuses, and keeps the row, as Logto does', async () => {
    const created = await api('POST', '/api/custom-profile-fields', { ...nickname, config: { minLength: -1 } });
    expect(created.status).toBe(500);
    expect(created.json).toEqual({ message: 'Internal server error.' });
    expect(current().state.customProfileFields.has('nickname')).toBe(true);
    expect((await request(`${current().url}/api/.well-known/sign-in-exp`)).status).toBe(500);
    expect((await api('DELETE', '/api/custom-profile-fields/nickname')).status).toBe(204);
    expect((await request(`${current().url}/api/.well-known/sign-in-exp`)).status).toBe(200);
  });

  it('creates up to 20 fields at once, all or none', async () => {
    const batch = await api('POST', '/api/custom-profile-fields/batch', [
      nickname,
      { name: 'website2', type: 'Url', required: false },
    ]);
    expect(batch.status).toBe(201);
    expect((batch.json as Row[]).map(({ name, sieOrder }) => [name, sieOrder])).toEqual([
      ['nickname', 3],
      ['website2', 4],
    ]);
    const clash = await api('POST', '/api/custom-profile-fields/batch', [{ ...nickname, name: 'fresh' }, nickname]);
    expect(clash.status).toBe(422);
    expect(current().state.customProfileFields.has('fresh')).toBe(false);
    const twice = await api('POST', '/api/custom-profile-fields/batch', [{ ...nickname, name: 'twin' }, { ...nickname, name: 'twin' }]);
    expect(codeOf(twice)).toBe('custom_profile_fields.name_exists');
    const tooMany = await api('POST', '/api/custom-profile-fields/batch', Array.from({ length: 21 }, (_, index) => ({ ...nickname, name: `f${index}` })));
    expect(codeOf(tooMany)).toBe('guard.invalid_input');
  });
});

describe('PUT, DELETE and ordering', () => {
  it('replaces a field by name with the strict rules; an unknown name is 404', async () => {
    const updated = await api('PUT', '/api/custom-profile-fields/name', {
      type: 'Text',
      label: 'Full name',
      required: true,
      config: { maxLength: 64 },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ name: 'name', label: 'Full name', required: true, config: { maxLength: 64 }, sieOrder: 1 });
    expect((await wellKnown()).customProfileFieldCatalog[0]).toEqual(updated.json);

    const strict: Array<[unknown, string]> = [
      [{ type: 'Select', required: false, config: { options: [] } }, 'custom_profile_fields.invalid_options'],
      [{ type: 'Regex', required: false, config: { format: '([a-z' } }, 'custom_profile_fields.invalid_regex_format'],
      [{ type: 'Checkbox', required: false }, 'custom_profile_fields.invalid_default_value'],
    ];
    for (const [body, code] of strict) {
      expect(codeOf(await api('PUT', '/api/custom-profile-fields/name', body))).toBe(code);
    }
    const unknown = await api('PUT', '/api/custom-profile-fields/nobody', { type: 'Url', required: false });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ code: 'entity.not_exists', message: 'The custom_profile_field does not exist.' });
    expect(codeOf(await api('PUT', '/api/custom-profile-fields/email', { type: 'Url', required: false }))).toBe(
      'custom_profile_fields.name_conflict_sign_in_identifier'
    );
  });

  it('deletes a field and drops it from the sign-up and account-center lists', async () => {
    await control('PATCH', '/sign-in-experience', { signUpProfileFields: [{ name: 'avatar' }, { name: 'name' }] });
    expect((await api('DELETE', '/api/custom-profile-fields/avatar')).status).toBe(204);
    expect(current().state.accountCenter.profileFields).toEqual([{ name: 'name' }]);
    expect(current().state.signInExperience.signUpProfileFields).toEqual([{ name: 'name' }]);
    expect(names((await wellKnown()).customProfileFieldCatalog)).toEqual(['name']);
    const again = await api('DELETE', '/api/custom-profile-fields/avatar');
    expect(again.status).toBe(404);
    expect(codeOf(again)).toBe('entity.not_found');
  });

  it('reorders fields; every name must exist, once', async () => {
    const reordered = await api('POST', '/api/custom-profile-fields/properties/sie-order', {
      order: [
        { name: 'avatar', sieOrder: 1 },
        { name: 'name', sieOrder: 2 },
      ],
    });
    expect(reordered.status).toBe(200);
    expect(names((await api('GET', '/api/custom-profile-fields')).json)).toEqual(['avatar', 'name']);

    const missing = await api('POST', '/api/custom-profile-fields/properties/sie-order', {
      order: [{ name: 'ghost', sieOrder: 1 }, { name: 'phantom', sieOrder: 2 }],
    });
    expect(missing.json).toEqual({
      code: 'custom_profile_fields.entity_not_exists_with_names',
      message: 'Cannot find entities with the given names: ghost, phantom',
    });
    const duplicate = await api('POST', '/api/custom-profile-fields/properties/sie-order', {
      order: [{ name: 'name', sieOrder: 1 }, { name: 'name', sieOrder: 2 }],
    });
    expect(duplicate.json).toEqual({
      code: 'request.invalid_input',
      data: { duplicateNames: ['name'] },
      message: 'Input is invalid. Duplicate profile field names: name',
    });
  });
});

describe('account center profile fields and delete URL', () => {
  it('stores profileFields through PATCH /api/account-center and publishes them', async () => {
    expect((await api('GET', '/api/account-center')).json).toMatchObject({
      profileFields: [{ name: 'name' }, { name: 'avatar' }],
      deleteAccountUrl: null,
    });
    const patched = await api('PATCH', '/api/account-center', {
      profileFields: [{ name: 'avatar' }],
      deleteAccountUrl: 'https://example.com/delete',
    });
    expect(patched.json).toMatchObject({ profileFields: [{ name: 'avatar' }], deleteAccountUrl: 'https://example.com/delete' });
    const published = (await request(`${current().url}/api/.well-known/account-center`)).json;
    expect(published).toEqual(patched.json);

    expect((await api('PATCH', '/api/account-center', { profileFields: null })).json).toMatchObject({ profileFields: null });
    expect((await api('PATCH', '/api/account-center', { profileFields: [] })).json).toMatchObject({ profileFields: [] });
    expect((await api('PATCH', '/api/account-center', { enabled: true })).json).toMatchObject({ profileFields: [] });
  });

  it('refuses names outside the catalog and names given twice, changing nothing', async () => {
    const unknown = await api('PATCH', '/api/account-center', { profileFields: [{ name: 'shoeSize' }], enabled: false });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({
      code: 'custom_profile_fields.entity_not_exists_with_names',
      message: 'Cannot find entities with the given names: shoeSize',
    });
    const twice = await api('PATCH', '/api/account-center', { profileFields: [{ name: 'name' }, { name: 'name' }] });
    expect(codeOf(twice)).toBe('request.invalid_input');
    expect(current().state.accountCenter).toMatchObject({ enabled: true, profileFields: [{ name: 'name' }, { name: 'avatar' }] });
  });
});

describe('GET /api/.well-known/sign-in-exp', () => {
  it('carries the catalog, the sign-up fields and the tenant links as recorded, and validates', async () => {
    const body = await wellKnown();
    expect(body).toMatchObject({
      termsOfUseUrl: null,
      privacyPolicyUrl: null,
      supportEmail: null,
      supportWebsiteUrl: null,
      signUpProfileFields: [],
      customProfileFields: [],
    });
    expect(names(body.customProfileFieldCatalog)).toEqual(['name', 'avatar']);
    expect(Object.keys(body).slice(-6)).toEqual([
      'socialConnectors',
      'ssoConnectors',
      'forgotPassword',
      'isDevelopmentTenant',
      'customProfileFields',
      'customProfileFieldCatalog',
    ]);
    const validate = openapi.validatorFor('GET', '/api/.well-known/sign-in-exp', 200);
    expect(validate?.(body) ? [] : validate?.errors).toEqual([]);
  });

  it('lists the sign-up fields in their order as customProfileFields, and the links the control API set', async () => {
    await control('PATCH', '/sign-in-experience', {
      signUpProfileFields: [{ name: 'avatar' }, { name: 'name' }],
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: '',
      supportEmail: 'help@example.com',
      supportWebsiteUrl: 'https://example.com/help',
    });
    const body = await wellKnown();
    expect(names(body.customProfileFields)).toEqual(['avatar', 'name']);
    expect(body).toMatchObject({
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: '',
      supportEmail: 'help@example.com',
      supportWebsiteUrl: 'https://example.com/help',
    });
    expect((await api('GET', '/api/sign-in-exp')).json).toMatchObject({
      termsOfUseUrl: 'https://example.com/terms',
      supportEmail: 'help@example.com',
      signUpProfileFields: [{ name: 'avatar' }, { name: 'name' }],
    });
  });
});

describe('the Account API does not check values against the catalog', () => {
  it('takes customData and profile values a catalog field would refuse', async () => {
    await api('POST', '/api/custom-profile-fields', { name: 'shoeSize', type: 'Number', required: true, config: { minValue: 30, maxValue: 50 } });
    await api('PUT', '/api/custom-profile-fields/name', { type: 'Text', required: true, config: { minLength: 5, maxLength: 6 } });
    const userToken = (await getTokens(current().url, demoUser.username, demoUser.password)).accessToken;
    const headers = { Authorization: `Bearer ${userToken}` };
    const customData = await request(`${current().url}/api/my-account`, {
      method: 'PATCH',
      headers,
      body: { customData: { shoeSize: 'huge' }, name: 'Al' },
    });
    expect(customData.status).toBe(200);
    expect(customData.json).toMatchObject({ name: 'Al', customData: { shoeSize: 'huge' } });
    const profile = await request(`${current().url}/api/my-account/profile`, { method: 'PATCH', headers, body: { nickname: '' } });
    expect(profile.status).toBe(200);
  });
});
