import type { Page } from '@playwright/test';
import { emulator } from './support/emulator';
import { createUser, expect, signIn, test } from './support/fixtures';

async function edit(page: Page, field: string) {
  await page.getByRole('button', { name: `Edit ${field}` }).click();
}

test('changes the username after verifying the password', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await edit(page, 'Username');
  await page.getByRole('textbox', { name: 'Username' }).fill('riley_t');
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await dialog.getByLabel('Current password').fill('wrong-password');
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(dialog.getByText('That password is not correct.')).toBeVisible();
  await dialog.getByLabel('Current password').fill(user.password);
  await dialog.getByRole('button', { name: 'Verify' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Username saved' })).toBeVisible();
  expect((await emulator.getUser(user.id)).username).toBe('riley_t');

  // The record is reused: a second change needs no new verification.
  await edit(page, 'Username');
  await page.getByRole('textbox', { name: 'Username' }).fill('riley_t2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Username saved' })).toBeVisible();
  expect((await emulator.getUser(user.id)).username).toBe('riley_t2');
});

test('explains a username that is already taken, keeping the input', async ({ page, user }) => {
  await createUser({ username: 'taken_name' });
  await signIn(page, user, '/security');
  await edit(page, 'Username');
  const username = page.getByRole('textbox', { name: 'Username' });
  await username.fill('taken_name');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await dialog.getByLabel('Current password').fill(user.password);
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(username).toHaveAccessibleDescription('That username is already taken. Try another one.');
  await expect(username).toHaveValue('taken_name');
});

test('checks the username pattern before asking Logto', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await edit(page, 'Username');
  const username = page.getByRole('textbox', { name: 'Username' });
  await username.fill('9lives');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(username).toHaveAccessibleDescription('Use letters, numbers and underscores only, starting with a letter or underscore.');
  await expect(username).toHaveValue('9lives');
  expect((await emulator.getUser(user.id)).username).toBe(user.username);
});
