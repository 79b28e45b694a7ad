/**
 * Tenant brand colours made safe to use. Logto lets an admin pick any primary colour; the account
 * center uses it as link text on light or dark surfaces and as a button fill with text on it, so a
 * colour that would fail WCAG AA (4.5:1) is darkened (light theme) or lightened (dark theme) just
 * enough, and the text on it is whichever of white or near-black reads better.
 */

type Rgb = readonly [number, number, number];

/** The surfaces brand-coloured text sits on in each theme, worst case (hover backgrounds). */
const surfaces = { light: [243, 244, 246], dark: [30, 41, 57] } as const satisfies Record<string, Rgb>;
const onBrandChoices: readonly Rgb[] = [
  [255, 255, 255],
  [3, 7, 18],
];
const minimumContrast = 4.5;

export function parseHexColor(value: unknown): Rgb | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!digits) return undefined;
  const hex = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as unknown as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const mix = (from: Rgb, to: Rgb, amount: number): Rgb =>
  from.map((channel, index) => channel + ((to[index] ?? channel) - channel) * amount) as unknown as Rgb;

export type BrandColors = { brand: string; onBrand: string };

/** The closest colour to `value` that meets AA as text on the theme's surfaces, and its text colour. */
export function safeBrandColors(value: unknown, theme: 'light' | 'dark'): BrandColors | undefined {
  const color = parseHexColor(value);
  if (!color) return undefined;
  const surface = surfaces[theme];
  const towards: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  let brand = color;
  // Five-percent steps: 20 at most, and the end of the road (black or white) always passes.
  for (let step = 1; step <= 20 && contrastRatio(brand, surface) < minimumContrast; step += 1) {
    brand = mix(color, towards, step / 20).map(Math.round) as unknown as Rgb;
  }
  const onBrand = onBrandChoices.reduce((best, choice) =>
    contrastRatio(choice, brand) > contrastRatio(best, brand) ? choice : best,
  );
  return { brand: toHex(brand), onBrand: toHex(onBrand) };
}
