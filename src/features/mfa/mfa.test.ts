import { describe, expect, it } from 'vitest';
import { backupCodesText } from './backup-codes-file';
import { deviceName } from './device-name';
import { groupKey, otpauthUri } from './otpauth';
import { classifyPasskeyError } from './webauthn';

describe('MFA helpers', () => {
  it('names the device a passkey was made on', () => {
    expect(deviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15')).toBe('Safari on macOS');
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36')).toBe('Chrome on Linux');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36 Edg/150.0')).toBe('Edge on Windows');
    expect(deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(deviceName('curl/8.0')).toBe('Passkey');
  });

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
