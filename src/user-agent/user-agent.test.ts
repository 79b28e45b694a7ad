import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/i18n/i18n';
import { deviceLabel, parseUserAgent } from './user-agent';

const t = createTranslator('en', {});
const label = (userAgent: string | undefined) => deviceLabel(t, parseUserAgent(userAgent), 'Passkey');

describe('user agents', () => {
  it('names the browser and system a sign-in or a passkey came from', () => {
    expect(label('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15')).toBe('Safari on macOS');
    expect(label('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36')).toBe('Chrome on Linux');
    expect(label('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36 Edg/150.0')).toBe('Microsoft Edge on Windows');
    expect(label('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(label('curl/8.0')).toBe('Passkey');
    expect(label(undefined)).toBe('Passkey');
  });

  it('tells phones, tablets and computers apart, with the model when the user agent names it', () => {
    expect(parseUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1')).toEqual({
      browser: 'Safari',
      os: 'iOS',
      kind: 'mobile',
      model: 'iPhone',
    });
    expect(parseUserAgent('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1').kind).toBe('tablet');
    expect(parseUserAgent('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36')).toMatchObject({
      browser: 'Chrome',
      os: 'Android',
      kind: 'mobile',
    });
    expect(parseUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36').kind).toBe('desktop');
    expect(parseUserAgent('curl/8.0')).toEqual({ kind: 'unknown', browser: undefined, os: undefined, model: undefined });
  });

  it('falls back to plain words when nothing is known', () => {
    expect(deviceLabel(t, parseUserAgent(''))).toBe('Unknown device');
  });
});
