import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { catalogOf, english, pseudo } from './support/catalogs';
import { emulatorUrl } from './support/env';
import { expect, signIn, submitSignInForm, test } from './support/fixtures';
import { textProblems } from './support/layout';

test('ui_locales=ja opens the app in Japanese; Logto is asked in Japanese, and the language survives the sign-in', async ({ page, user }) => {
  const ja = catalogOf('ja');
  await page.goto('/profile?ui_locales=ja');
  await expect(page.getByRole('heading', { name: ja['signed_out.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  const authorization = page.waitForRequest((request) => request.url().startsWith(emulatorUrl) && new URL(request.url()).searchParams.has('client_id'));
  await page.getByRole('button', { name: ja['signed_out.sign_in'] }).click();
  expect(new URL((await authorization).url()).searchParams.get('ui_locales')).toBe('ja');

  const account = page.waitForRequest((request) => request.url() === `${emulatorUrl}/api/my-account` && request.method() === 'GET');
  await submitSignInForm(page, user);
  await expect(page.getByRole('heading', { name: ja['profile.title'] })).toBeVisible({ timeout: 20_000 });
  expect((await account).headers()['accept-language']).toBe('ja');
});

test('Arabic lays the app out right to left, dialogs too, accessible in light and dark', async ({ page, user }) => {
  const ar = catalogOf('ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, user);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.getByRole('heading', { name: ar['profile.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  // The navigation sits at the start of the line, which is now the right.
  const navigation = await page.getByRole('navigation', { name: ar['nav.label'] }).boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(navigation!.x).toBeGreaterThan(main!.x + main!.width - 1);
  await expectAccessible(page, 'profile in Arabic');

  await page.getByRole('link', { name: ar['nav.security'] }).click();
  await page.getByRole('button', { name: ar['password.change'] }).click();
  const dialog = page.getByRole('dialog', { name: ar['password.change_title'] });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // Its title's text starts at the right edge, where a right-to-left reader starts.
  const margins = await dialog.getByRole('heading', { name: ar['password.change_title'] }).evaluate((heading) => {
    const text = document.createRange();
    text.selectNodeContents(heading);
    const [words, frame] = [text.getBoundingClientRect(), heading.closest('dialog, [role="dialog"]')!.getBoundingClientRect()];
    return { right: frame.right - words.right, left: words.left - frame.left };
  });
  expect(margins.right).toBeLessThan(margins.left);
  await expectAccessible(page, 'password dialog in Arabic');

  // Chosen by the user: remembered on the next visit.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

/** Each area at 360 px wide: no text past the screen, cut off or on top of other text. */
async function expectNoClippedText(page: Page, label: string, loading: string) {
  for (const path of ['/', '/profile', '/security', '/connections', '/devices']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    // The page's data is in: no request left, and no skeleton (a status named like common.loading).
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('main').getByRole('status', { name: loading })).toHaveCount(0);
    await test.info().attach(`${label} ${path}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    expect(await textProblems(page), `${label} ${path}`).toEqual([]);
  }
}

test('German fits a 360 px screen without clipped or overlapping text', async ({ page, user }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, user);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoClippedText(page, 'German', catalogOf('de')['common.loading']!);
});

test('text 40% longer than English fits a 360 px screen without clipped or overlapping text', async ({ page, user }) => {
  // A pseudo-language served in place of Swedish's catalog: every message accented and 40% longer.
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
  const chunk = manifest['src/i18n/messages/sv.ts']!.file;
  const catalog = Object.fromEntries(Object.entries(english()).map(([key, text]) => [key, pseudo(text)]));
  await page.route(`**/${chunk}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export const catalog = ${JSON.stringify(catalog)};` }),
  );
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, user);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(page.getByRole('heading', { name: catalog['profile.title'] })).toBeVisible();
  await expectNoClippedText(page, 'pseudo-language', catalog['common.loading']!);
});

test('the layout check finds text past the screen, cut off or overlapping, and nothing else', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 400 });
  await page.setContent(`<body style="margin:0">
    <p style="white-space:nowrap">${'wide '.repeat(40)}</p>
    <div style="width:60px;overflow:hidden"><span style="white-space:nowrap">cut off here for sure</span></div>
    <div style="position:relative;height:40px"><span style="position:absolute;top:0">one</span><span style="position:absolute;top:0">two</span></div>
    <div style="width:60px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">truncated on purpose with an ellipsis</div>
    <span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">for screen readers</span>
    <p>fits well</p>
  </body>`);
  const found = (await textProblems(page)).map(({ kind, text, other }) => `${kind}: ${text.slice(0, 9)}${other ? ` / ${other}` : ''}`);
  expect(found).toEqual(
    expect.arrayContaining(['outside the screen: wide wide', 'clipped: cut off h', 'overlaps: one / two', 'outside the screen: the page ']),
  );
  expect(found.join('\n')).not.toMatch(/truncated|screen readers|fits well/);
});
