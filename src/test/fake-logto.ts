import type { RequestOptions } from '../api/client';
import type { BackupCode, MfaVerification } from '../api/mfa';
import type { Grant, UserSession } from '../api/sessions';
import type { Account } from '../api/types';
import { fakeApi, logtoError, type Handler } from './render';

export const goodPassword = 'right';
export const goodCode = '123456';

export const sampleAccount = (): Account => ({
  id: 'u1',
  username: 'dana',
  primaryEmail: 'dana@example.com',
  primaryPhone: null,
  name: 'Dana Demo',
  avatar: null,
  customData: { plan: 'pro' },
  identities: {},
  profile: { givenName: 'Dana', website: 'https://dana.example' },
  hasPassword: true,
  hasSecurityVerificationMethod: true,
});

type Body = Record<string, unknown>;

/**
 * A small stand-in for Logto for component tests: it keeps one account and answers the Account
 * and Verification API calls the app makes with Logto's rules for step-up records and codes.
 * `override` answers first; returning undefined falls through to the default behaviour.
 */
export function fakeLogto(account: Account = sampleAccount(), override: Handler = () => undefined) {
  const mfa = { entries: [] as MfaVerification[], backupCodes: [] as BackupCode[], skipMfaOnSignIn: false, secret: '' };
  /** Sessions and grants; a grant whose client is in `thirdPartyClients` is a third-party app's. */
  const devices = { sessions: [] as UserSession[], grants: [] as Grant[], thirdPartyClients: new Set<string>() };
  /** Photo uploads: what was stored, and whether the tenant has a storage provider at all. */
  const assets = { configured: true, uploads: [] as Array<{ name: string; type: string; size: number }> };
  const records = new Map<string, { kind: 'identity' | 'new'; value?: string; verified: boolean }>();
  let next = 1;
  const newRecord = (kind: 'identity' | 'new', value?: string, verified = false) => {
    const id = `vid-${next++}`;
    records.set(id, { kind, value, verified });
    return { verificationRecordId: id, expiresAt: new Date(Date.now() + 600_000).toISOString() };
  };
  const requireIdentity = (options: RequestOptions) => {
    const record = options.verificationId ? records.get(options.verificationId) : undefined;
    if (!record || record.kind !== 'identity' || !record.verified) throw logtoError(401, 'verification_record.permission_denied');
  };
  const newIdentifier = (id: unknown, value: string) => {
    const record = typeof id === 'string' ? records.get(id) : undefined;
    if (!record || record.kind !== 'new' || !record.verified || record.value !== value) throw logtoError(400, 'verification_record.not_found');
  };

  const api = fakeApi((path, options) => {
    const answer = override(path, options);
    if (answer !== undefined) return answer;
    const body = (options.body ?? {}) as Body;
    const method = options.method ?? 'GET';
    switch (`${method} ${path}`) {
      case 'GET /api/my-account':
        return structuredClone(account);
      case 'PATCH /api/my-account':
        if ('username' in body) requireIdentity(options);
        Object.assign(account, body);
        return structuredClone(account);
      case 'PATCH /api/my-account/profile':
        account.profile = { ...account.profile, ...body };
        return structuredClone(account.profile);
      case 'POST /api/verifications/password':
        if (body.password !== goodPassword) throw logtoError(422, 'session.invalid_credentials');
        return newRecord('identity', undefined, true);
      case 'POST /api/verifications/verification-code': {
        const { value } = body.identifier as { value: string };
        const own = value === account.primaryEmail || value === account.primaryPhone;
        return newRecord(own ? 'identity' : 'new', value);
      }
      case 'POST /api/verifications/verification-code/verify': {
        const record = records.get(body.verificationId as string);
        if (!record) throw logtoError(400, 'verification_record.not_found');
        if (body.code !== goodCode) throw logtoError(400, 'verification_code.code_mismatch');
        record.verified = true;
        return { verificationRecordId: body.verificationId };
      }
      case 'POST /api/my-account/primary-email':
        requireIdentity(options);
        newIdentifier(body.newIdentifierVerificationRecordId, body.email as string);
        account.primaryEmail = body.email as string;
        return undefined;
      case 'DELETE /api/my-account/primary-email':
        requireIdentity(options);
        account.primaryEmail = null;
        return undefined;
      case 'POST /api/my-account/primary-phone':
        requireIdentity(options);
        newIdentifier(body.newIdentifierVerificationRecordId, body.phone as string);
        account.primaryPhone = body.phone as string;
        return undefined;
      case 'DELETE /api/my-account/primary-phone':
        requireIdentity(options);
        account.primaryPhone = null;
        return undefined;
      case 'POST /api/my-account/password':
        if (account.hasSecurityVerificationMethod) requireIdentity(options);
        account.hasPassword = true;
        account.hasSecurityVerificationMethod = true;
        return undefined;
      case 'GET /api/my-account/mfa-verifications':
        return structuredClone(mfa.entries);
      case 'POST /api/my-account/mfa-verifications/totp-secret/generate':
        mfa.secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
        return { secret: mfa.secret };
      case 'PUT /api/my-account/mfa-verifications/totp':
        requireIdentity(options);
        if (body.code !== goodCode) throw logtoError(400, 'session.mfa.invalid_totp_code');
        mfa.entries = [...mfa.entries.filter((entry) => entry.type !== 'Totp'), { id: `totp-${next++}`, type: 'Totp', createdAt: new Date().toISOString() }];
        return undefined;
      case 'POST /api/my-account/mfa-verifications/backup-codes/generate':
        return { codes: Array.from({ length: 10 }, (_, index) => `c0de${index}`.padEnd(10, '0')) };
      case 'POST /api/my-account/mfa-verifications':
        requireIdentity(options);
        if (body.type === 'BackupCode') {
          if (!mfa.entries.some((entry) => entry.type !== 'BackupCode')) throw logtoError(422, 'session.mfa.backup_code_can_not_be_alone');
          mfa.backupCodes = (body.codes as string[]).map((code) => ({ code }));
          mfa.entries.push({ id: `codes-${next++}`, type: 'BackupCode', createdAt: new Date().toISOString(), remainCodes: mfa.backupCodes.length });
        }
        return undefined;
      case 'GET /api/my-account/mfa-verifications/backup-codes':
        requireIdentity(options);
        return { codes: structuredClone(mfa.backupCodes) };
      case 'GET /api/my-account/mfa-settings':
        return { skipMfaOnSignIn: mfa.skipMfaOnSignIn };
      case 'PATCH /api/my-account/mfa-settings':
        requireIdentity(options);
        mfa.skipMfaOnSignIn = body.skipMfaOnSignIn as boolean;
        return { skipMfaOnSignIn: mfa.skipMfaOnSignIn };
      case 'POST /api/my-account/user-assets/avatar': {
        if (!assets.configured) throw logtoError(400, 'storage.not_configured', 'Storage provider is not configured.');
        const file = (options.body as FormData).get('file') as File;
        assets.uploads.push({ name: file.name, type: file.type, size: file.size });
        options.onUploadProgress?.(1);
        return { url: `https://cdn.test/avatars/${assets.uploads.length}/${file.name}` };
      }
      case 'GET /oidc/me':
        return { sub: account.id, sso_identities: [] };
      case 'GET /api/my-account/sessions':
        requireIdentity(options);
        return { sessions: structuredClone(devices.sessions) };
      case 'GET /api/my-account/grants': {
        requireIdentity(options);
        const thirdParty = options.query?.appType === 'thirdParty';
        const grants = devices.grants.filter(
          (grant) => !options.query?.appType || devices.thirdPartyClients.has(grant.payload.clientId) === thirdParty,
        );
        return { grants: structuredClone(grants) };
      }
      default:
        if (method === 'DELETE' && path.startsWith('/api/my-account/sessions/')) {
          requireIdentity(options);
          const session = devices.sessions.find((entry) => entry.payload.uid === decodeURIComponent(path.split('/').pop() ?? ''));
          // Logto's own status for this is 400, with the intended 404 in `data`.
          if (!session) throw logtoError(400, 'oidc.session_not_found', 'Session not found.', { status: 404 });
          devices.sessions = devices.sessions.filter((entry) => entry !== session);
          if (options.query?.revokeGrantsTarget === 'all') {
            const revoked = Object.values(session.payload.authorizations ?? {}).map((authorization) => authorization.grantId);
            devices.grants = devices.grants.filter((grant) => !revoked.includes(grant.id));
          }
          return undefined;
        }
        if (method === 'DELETE' && path.startsWith('/api/my-account/grants/')) {
          requireIdentity(options);
          const id = decodeURIComponent(path.split('/').pop() ?? '');
          if (!devices.grants.some((grant) => grant.id === id)) throw logtoError(404, 'oidc.invalid_grant');
          devices.grants = devices.grants.filter((grant) => grant.id !== id);
          return undefined;
        }
        if (method === 'DELETE' && path.startsWith('/api/my-account/mfa-verifications/')) {
          requireIdentity(options);
          const id = path.split('/').pop();
          if (!mfa.entries.some((entry) => entry.id === id)) throw logtoError(400, 'verification_record.not_found');
          mfa.entries = mfa.entries.filter((entry) => entry.id !== id);
          return undefined;
        }
        throw new Error(`The fake Logto has no route for ${method} ${path}`);
    }
  });
  return { ...api, account, mfa, devices, assets };
}
