import { describe, expect, it } from 'vitest';
import { defaultCountry, formatPhone, loadPhoneLibrary, parsePhone } from './phone';

describe('phone numbers', () => {
  it('turns national and international input into Logto’s digits-only form', async () => {
    await expect(parsePhone('(201) 555-0123', 'US')).resolves.toEqual({ ok: true, digits: '12015550123', display: '+1 201 555 0123' });
    await expect(parsePhone('+44 20 7946 0958', 'US')).resolves.toMatchObject({ ok: true, digits: '442079460958' });
    await expect(parsePhone('0044 20 7946 0958', 'US')).resolves.toMatchObject({ ok: true, digits: '442079460958' });
    await expect(parsePhone('020 7946 0958', 'GB')).resolves.toMatchObject({ ok: true, digits: '442079460958' });
  });

  it('refuses what is not a phone number', async () => {
    await expect(parsePhone('123', 'US')).resolves.toEqual({ ok: false });
    await expect(parsePhone('call me', 'US')).resolves.toEqual({ ok: false });
    await expect(parsePhone('', 'US')).resolves.toEqual({ ok: false });
  });

  it('formats stored numbers once loaded and falls back to +digits for unknown ones', async () => {
    await loadPhoneLibrary();
    expect(formatPhone('12015550123')).toBe('+1 201 555 0123');
    expect(formatPhone('123')).toBe('+123');
  });

  it('takes the default country from the browser language', () => {
    expect(defaultCountry(['en-GB', 'en'])).toBe('GB');
    expect(defaultCountry(['zh-Hans-CN'])).toBe('CN');
    expect(defaultCountry(['fr'])).toBeUndefined();
  });
});
