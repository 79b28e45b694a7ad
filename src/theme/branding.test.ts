import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, safeBrandColors } from './brand-colors';
import { applyBrandColors, logoUrl } from './branding';

const lightSurface = [243, 244, 246] as const;
const darkSurface = [30, 41, 57] as const;
const rgb = (hex: string) => parseHexColor(hex)!;

describe('safeBrandColors', () => {
  it('keeps a colour that already reads well, with the better text colour on it', () => {
    expect(safeBrandColors('#6139F6', 'light')).toEqual({ brand: '#6139f6', onBrand: '#ffffff' });
    expect(safeBrandColors('#9d86fa', 'dark')).toEqual({ brand: '#9d86fa', onBrand: '#030712' });
  });

  it('darkens a pale colour for the light theme and lightens a deep one for the dark theme, just enough', () => {
    for (const [input, theme, surface] of [
      ['#ffcc00', 'light', lightSurface],
      ['#ff0', 'light', lightSurface],
      ['#ffffff', 'light', lightSurface],
      ['#1a0dab', 'dark', darkSurface],
      ['#000000', 'dark', darkSurface],
    ] as const) {
      const safe = safeBrandColors(input, theme)!;
      expect(safe.brand).not.toBe(input);
      expect(contrastRatio(rgb(safe.brand), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rgb(safe.onBrand), rgb(safe.brand))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('meets AA for text on the brand colour across the whole colour wheel', () => {
    for (let value = 0; value < 0xffffff; value += 0x0f0f0f) {
      const hex = `#${value.toString(16).padStart(6, '0')}`;
      for (const theme of ['light', 'dark'] as const) {
        const safe = safeBrandColors(hex, theme)!;
        const surface = theme === 'light' ? lightSurface : darkSurface;
        expect(contrastRatio(rgb(safe.brand), surface), `${hex} ${theme}`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(rgb(safe.onBrand), rgb(safe.brand)), `${hex} ${theme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('ignores anything that is not a hex colour', () => {
    for (const value of [undefined, null, 42, 'red', 'rgb(0,0,0)', '#12345', 'url(x)', '#fff;color:red']) {
      expect(safeBrandColors(value, 'light')).toBeUndefined();
    }
  });
});

describe('applyBrandColors', () => {
  it('sets both themes, uses the light colour for dark when no dark one is given, and clears them again', () => {
    const root = document.createElement('div');
    applyBrandColors({ primaryColor: '#0b7285' }, root);
    expect(root.style.getPropertyValue('--tenant-brand')).toBe('#0b7285');
    expect(root.style.getPropertyValue('--tenant-on-brand')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--tenant-brand-dark')).not.toBe('');

    applyBrandColors({ primaryColor: '#0b7285', darkPrimaryColor: '#66d9e8' }, root);
    expect(root.style.getPropertyValue('--tenant-brand-dark')).toBe('#66d9e8');
    expect(root.style.getPropertyValue('--tenant-on-brand-dark')).toBe('#030712');

    applyBrandColors(undefined, root);
    expect(root.getAttribute('style') ?? '').toBe('');
  });
});

describe('logoUrl', () => {
  it('accepts absolute http(s) addresses only', () => {
    expect(logoUrl('https://cdn.example.com/logo.svg')).toBe('https://cdn.example.com/logo.svg');
    expect(logoUrl('javascript:alert(1)')).toBeUndefined();
    expect(logoUrl('data:image/svg+xml,<svg/>')).toBeUndefined();
    expect(logoUrl('/relative.png')).toBeUndefined();
    expect(logoUrl(7)).toBeUndefined();
  });
});
