import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { emulator } from './support/emulator';
import { emulatorUrl } from './support/env';
import { expect, signIn, test } from './support/fixtures';
import { gradientPng } from './support/png';

/** As a person does it: "Upload photo" opens the file chooser, and they pick a file. */
async function pickPhoto(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await (await chooser).setFiles(file);
}

const photo = { name: 'me.png', mimeType: 'image/png', buffer: gradientPng() };

test('uploads a photo cropped with the keyboard: the header shows it and Logto keeps its URL', async ({ page, user }) => {
  await signIn(page, user);
  await pickPhoto(page, photo);
  const dialog = page.getByRole('dialog', { name: 'Adjust your photo' });
  const area = dialog.getByRole('application', { name: 'Photo crop area' });
  await area.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  expect(Number(await dialog.getByRole('slider', { name: 'Zoom' }).inputValue())).toBeGreaterThan(1.3);
  await expectAccessible(page, 'crop dialog');
  await dialog.getByRole('button', { name: 'Save photo' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Photo saved' })).toBeVisible();

  const [stored] = await emulator.storedObjects();
  expect(stored?.contentType).toBe('image/webp');
  expect(stored?.url.startsWith(`${emulatorUrl}/emulator-storage/`)).toBe(true);
  expect((await emulator.getUser(user.id)).avatar).toBe(stored?.url);
  await expect(page.getByRole('banner').locator('img')).toHaveAttribute('src', stored!.url);
  await expect(page.getByRole('img', { name: 'Your avatar' })).toHaveAttribute('src', stored!.url);
  // The cropped square came out at the source's size (64 px: never upscaled), and the page can load it.
  const size = await page.getByRole('img', { name: 'Your avatar' }).evaluate((image: HTMLImageElement) => image.decode().then(() => [image.naturalWidth, image.naturalHeight]));
  expect(size[0]).toBe(size[1]);
  expect(size[0]).toBeLessThanOrEqual(64);

  await page.getByRole('button', { name: 'Remove avatar' }).click();
  await expect(page.getByRole('img', { name: 'Your avatar' })).toHaveCount(0);
  expect((await emulator.getUser(user.id)).avatar).toBeNull();
});

test('says what is wrong with a file that is not a photo, or too big, before uploading', async ({ page, user }) => {
  await signIn(page, user);
  await pickPhoto(page, { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text, not a picture') });
  await expect(page.getByRole('alert')).toHaveText('This file is not a photo Logto accepts. Choose a JPEG, PNG, GIF, WebP or BMP image.');
  const big = Buffer.concat([gradientPng(), Buffer.alloc(20 * 1024 * 1024)]);
  await pickPhoto(page, { name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(page.getByRole('alert')).toHaveText('This photo is larger than 20 MB. Choose a smaller one.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await emulator.storedObjects()).toEqual([]);
});

test('shows the upload going, and a cancelled upload changes nothing', async ({ page, user }) => {
  await signIn(page, user);
  await emulator.fault({ method: 'POST', path: '/api/my-account/user-assets/avatar', delayMs: 4000 });
  await pickPhoto(page, photo);
  const dialog = page.getByRole('dialog', { name: 'Adjust your photo' });
  await dialog.getByRole('button', { name: 'Save photo' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByText(/^Uploading… \d+%$/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(dialog.getByText('Upload cancelled. Your photo has not changed.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save photo' })).toBeEnabled();
  expect((await emulator.getUser(user.id)).avatar ?? null).toBeNull();
});

test('without storage at Logto, says so once and keeps the image link', async ({ page, user }) => {
  await emulator.setStorage(false);
  await signIn(page, user);
  await pickPhoto(page, photo);
  const dialog = page.getByRole('dialog', { name: 'Adjust your photo' });
  await dialog.getByRole('button', { name: 'Save photo' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Your organization has not set up photo uploads, so link to an image instead.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Upload photo' })).toHaveCount(0);
  await expect(page.getByText('Your organization has not set up photo uploads, so link to an image instead.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Avatar' }).click();
  await expect(page.getByRole('textbox', { name: 'Image URL' })).toBeVisible();
});

test('refuses an over-long name in the browser and keeps what was typed', async ({ page, user }) => {
  await signIn(page, user);
  await page.getByRole('button', { name: 'Edit Name' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('n'.repeat(129));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Use at most 128 characters.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('n'.repeat(129));
  expect((await emulator.getUser(user.id)).name).toBe('Riley Tester');
});
