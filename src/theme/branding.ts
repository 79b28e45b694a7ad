import type { SignInExperience } from '../api/types';
import { safeBrandColors } from './brand-colors';

const properties = {
  light: ['--tenant-brand', '--tenant-on-brand'],
  dark: ['--tenant-brand-dark', '--tenant-on-brand-dark'],
} as const;

/**
 * Sets the tenant's colours as custom properties on <html>, which `index.css` prefers over the
 * defaults. CSSOM writes, not a style element or attribute, so a strict CSP allows them.
 */
export function applyBrandColors(color: SignInExperience['color'], root: HTMLElement = document.documentElement) {
  const chosen = { light: color?.primaryColor, dark: color?.darkPrimaryColor ?? color?.primaryColor };
  for (const theme of ['light', 'dark'] as const) {
    const [brandProperty, onBrandProperty] = properties[theme];
    const safe = safeBrandColors(chosen[theme], theme);
    if (safe) {
      root.style.setProperty(brandProperty, safe.brand);
      root.style.setProperty(onBrandProperty, safe.onBrand);
    } else {
      root.style.removeProperty(brandProperty);
      root.style.removeProperty(onBrandProperty);
    }
  }
}

/** A logo address the page may load: absolute http(s) only, never `javascript:` or `data:` from config. */
export function logoUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
