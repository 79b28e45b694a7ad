import { describe, expect, it } from 'vitest';
import { backupCodesText } from './backup-codes-file';
import { groupKey, otpauthUri } from './otpauth';
import { classifyPasskeyError } from './webauthn';

describe('MFA helpers', () => {
  it('builds the otpauth URI with labels encoded', () => {
    expect(otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'account.example.com', account: 'dana smith' })).toBe(
      'otpauth://totp/account.example.com:dana%20smith?secret=JBSWY3DPEHPK3PXP&issuer=account.example.com',
    );
    expect(groupKey('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });

  it('writes one backup code a line', () => {
    expect(backupCodesText({ codes: ['a1', 'b2'], site: 'account.example.com', account: 'dana', heading: 'Backup codes' })).toBe(
      'Backup codes — account.example.com\ndana\n\na1\nb2\n',
    );
  });

  it('tells a cancelled prompt from a wrong origin and an existing passkey', () => {
    expect(classifyPasskeyError({ name: 'NotAllowedError' })).toBe('cancelled');
    expect(classifyPasskeyError({ name: 'Error', code: 'ERROR_INVALID_RP_ID' })).toBe('wrong_origin');
    expect(classifyPasskeyError({ name: 'SecurityError' })).toBe('wrong_origin');
    expect(classifyPasskeyError({ name: 'InvalidStateError', code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' })).toBe('already_registered');
    expect(classifyPasskeyError(new Error('boom'))).toBe('other');
  });
});
