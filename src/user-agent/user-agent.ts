import { parse } from 'bowser';
import type { Translate } from '@/i18n/i18n';
import { registerEnglish } from '@/i18n/register';
import { userAgentEn } from './messages.en';

// Loaded only with the areas that name devices (devices, passkeys), never with the first page.
registerEnglish(userAgentEn);

export type DeviceKind = 'desktop' | 'mobile' | 'tablet' | 'tv' | 'unknown';

/** What a sign-in's user agent tells about the device, in the parser's proper names. */
export type Device = {
  browser?: string;
  os?: string;
  kind: DeviceKind;
  /** "iPhone", "Pixel 8": only when the user agent names it. */
  model?: string;
};

const kinds: readonly DeviceKind[] = ['desktop', 'mobile', 'tablet', 'tv'];

export function parseUserAgent(userAgent: string | undefined): Device {
  if (!userAgent) return { kind: 'unknown' };
  const { browser, os, platform } = parse(userAgent);
  const kind = kinds.find((candidate) => candidate === platform.type) ?? 'unknown';
  return {
    browser: browser.name || undefined,
    os: os.name || undefined,
    kind,
    model: platform.model || undefined,
  };
}

/** "Chrome on macOS", or as much of it as the user agent tells; `fallback` when it tells nothing. */
export function deviceLabel(t: Translate, { browser, os }: Device, fallback = t('device.unknown')): string {
  if (browser && os) return t('device.browser_on_os', { browser, os });
  return browser ?? os ?? fallback;
}
