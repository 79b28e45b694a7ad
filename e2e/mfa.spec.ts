import { readFile } from 'node:fs/promises';
import { expectAccessible } from './support/a11y';
import { addVirtualAuthenticator } from './support/authenticator';
import { setUpAuthenticatorApp } from './support/mfa';
import { emulator } from './support/emulator';
import { otherOriginAppUrl } from './support/env';
import { expect, signIn, submitSignInForm, test, verifyWithPassword } from './support/fixtures';

test('adds a passkey with the device’s authenticator, renames it and removes it', async ({ page, user }) => {
  const authenticator = await addVirtualAuthenticator(page);
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await verifyWithPassword(page, user.password);

  const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
  await expect(dialog.getByRole('button', { name: 'Create passkey' })).toBeEnabled();
  await expectAccessible(page, 'add passkey');
  await dialog.getByRole('button', { name: 'Create passkey' }).click();
  await expect(dialog.getByText('Passkey created. Give it a name you will recognise.')).toBeVisible();
  await expectAccessible(page, 'name the new passkey');
  await expect(dialog.getByLabel('Passkey name')).toHaveValue('Chrome on Linux');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const passkeys = page.getByRole('list', { name: 'Passkeys' });
  await expect(passkeys.getByText('Chrome on Linux')).toBeVisible();
  expect(await authenticator.credentials()).toHaveLength(1);

  await page.getByRole('button', { name: 'Rename Chrome on Linux' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename passkey' });
  await rename.getByLabel('Passkey name').fill('Work laptop');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(passkeys.getByText('Work laptop')).toBeVisible();

  await page.getByRole('button', { name: 'Remove Work laptop' }).click();
  await page.getByRole('dialog', { name: 'Remove this passkey?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No passkeys yet.', { exact: false })).toBeVisible();
});

test('a passkey prompt that is declined is reported calmly and can be tried again', async ({ page, user }) => {
  await addVirtualAuthenticator(page, { userVerified: false });
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
  await dialog.getByRole('button', { name: 'Create passkey' }).click();
  await expect(dialog.getByRole('status').or(dialog.getByRole('alert')).filter({ hasText: 'Passkey creation was cancelled. Nothing was added.' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeEnabled();
  expect((await emulator.mfa(user.id)).mfaVerifications).toEqual([]);
});

test('explains why a page on another site cannot create a passkey for the sign-in site', async ({ page, user }) => {
  await addVirtualAuthenticator(page);
  await page.goto(`${otherOriginAppUrl}security`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
  await dialog.getByRole('button', { name: 'Create passkey' }).click();
  await expect(dialog.getByRole('alert')).toContainText('your browser does not let http://127.0.0.1:4173 create one');
  await expect(dialog.getByRole('link', { name: /account page/ })).toHaveAttribute('href', /\/account\/passkey\/add$/);
  await expectAccessible(page, 'passkey refused on another site');
});

test('sets up an authenticator app from the key, refuses a wrong code, replaces and removes it', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Set up' }).click();
  await verifyWithPassword(page, user.password);

  const dialog = page.getByRole('dialog', { name: 'Set up an authenticator app' });
  await expect(dialog.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expectAccessible(page, 'authenticator app setup');
  await dialog.getByRole('textbox', { name: 'Code from the app' }).fill('000000');
  await dialog.getByRole('button', { name: 'Verify and turn on' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Code from the app' })).toHaveAccessibleDescription(/That code is not right/);
  await dialog.getByRole('textbox', { name: 'Code from the app' }).fill('');
  await setUpAuthenticatorApp(page, 'Set up an authenticator app');
  await expect(page.getByText(/^Set up /)).toBeVisible();

  await page.getByRole('button', { name: 'Replace authenticator app' }).click();
  await setUpAuthenticatorApp(page, 'Replace your authenticator app');
  await expect(page.getByRole('status').filter({ hasText: 'Authenticator app replaced' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove authenticator app' }).click();
  await page.getByRole('dialog', { name: 'Remove the authenticator app?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Not set up')).toBeVisible();
});

test('backup codes: generated once, downloaded, saved, used, and replaced by a new set', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Set up' }).click();
  await verifyWithPassword(page, user.password);
  await setUpAuthenticatorApp(page, 'Set up an authenticator app');

  await page.getByRole('button', { name: 'Get codes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your backup codes' });
  const list = dialog.getByRole('list', { name: 'Backup codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const codes = await list.getByRole('listitem').allInnerTexts();
  await expectAccessible(page, 'new backup codes');

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('backup-codes-localhost.txt');
  const file = await readFile(await download.path(), 'utf8');
  for (const code of codes) expect(file).toContain(code);

  await dialog.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
  await dialog.getByRole('button', { name: 'Turn on backup codes' }).click();
  await expect(page.getByText('10 codes left')).toBeVisible();

  await emulator.useBackupCode(user.id, codes[0]);
  await page.reload();
  await expect(page.getByText('9 codes left')).toBeVisible();
  await page.getByRole('button', { name: 'See which are used' }).click();
  // The reload forgot the step-up record: it lives in memory only.
  await verifyWithPassword(page, user.password);
  const view = page.getByRole('dialog', { name: 'Backup codes' });
  await expect(view.getByText('9 of 10 codes left')).toBeVisible();
  await expect(view.getByRole('listitem').filter({ hasText: codes[0]! })).toContainText('used');
  await expectAccessible(page, 'backup codes in use');
  await view.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: 'Get new codes' }).click();
  const renewed = page.getByRole('dialog', { name: 'Your backup codes' });
  await expect(renewed.getByRole('listitem')).toHaveCount(10);
  const fresh = await renewed.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').allInnerTexts();
  expect(fresh).not.toContain(codes[1]);
  await renewed.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
  await renewed.getByRole('button', { name: 'Turn on backup codes' }).click();
  await expect(page.getByText('10 codes left')).toBeVisible();
});

test('the second-step requirement can be switched off and on', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Set up' }).click();
  await verifyWithPassword(page, user.password);
  await setUpAuthenticatorApp(page, 'Set up an authenticator app');
  const toggle = page.getByRole('switch', { name: 'Ask for a second step when I sign in' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  expect((await emulator.mfa(user.id)).logtoConfig.mfa?.skipMfaOnSignIn).toBe(true);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  expect((await emulator.mfa(user.id)).logtoConfig.mfa?.skipMfaOnSignIn).toBe(false);
});
