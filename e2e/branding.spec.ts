import { expectAccessible } from './support/a11y';
import { useTenantSnapshot } from './support/config';
import { appUrl } from './support/env';
import { expect, signIn, test } from './support/fixtures';

// A pale yellow and a deep navy: both fail AA as text, so the app must adjust them, not use them raw.
const color = { primaryColor: '#ffd43b', darkPrimaryColor: '#1c2a6b', isDarkModeEnabled: true };
const branding = { logoUrl: `${appUrl}favicon.png`, darkLogoUrl: `${appUrl}favicon.png?dark` };

test('the tenant’s colours and logo from the config snapshot theme the app, still readable', async ({ page, user }) => {
  await useTenantSnapshot(page, { color, branding });
  await signIn(page, user);
  const nav = page.getByRole('navigation', { name: 'Account areas' });
  const active = nav.getByRole('link', { name: 'Profile' });
  await expect(active).toBeVisible();

  const brandVariables = () =>
    page.evaluate(() => {
      const style = document.documentElement.style;
      return [style.getPropertyValue('--tenant-brand'), style.getPropertyValue('--tenant-brand-dark')];
    });
  const [light = '', dark = ''] = await brandVariables();
  expect(light).toMatch(/^#[0-9a-f]{6}$/);
  expect(light).not.toBe(color.primaryColor);
  expect(dark).not.toBe(color.darkPrimaryColor);
  await expect(active).toHaveCSS('background-color', hexToRgb(light));

  const logo = page.locator('header img').filter({ visible: true });
  await expect(logo).toHaveCount(1);
  await expect(logo).toHaveAttribute('src', branding.logoUrl);
  await expect(logo).toHaveJSProperty('complete', true);

  await expectAccessible(page, 'profile, tenant colours');
});

test('a logo that fails to load steps aside; a colour that is not a hex value is ignored', async ({ page, user }) => {
  await useTenantSnapshot(page, { color: { primaryColor: 'red; background: url(x)' }, branding: { logoUrl: `${appUrl}missing-logo.png` } });
  const logoResponse = page.waitForResponse((response) => response.url().endsWith('/missing-logo.png'));
  await signIn(page, user);
  // The preview server answers with its HTML fallback: the browser fetched it and could not decode it.
  expect((await logoResponse).headers()['content-type']).not.toMatch(/^image\//);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.locator('header img')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--tenant-brand'))).toBe('');
});

function hexToRgb(hex: string) {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
