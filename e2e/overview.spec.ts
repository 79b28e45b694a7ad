import { readFile } from 'node:fs/promises';
import { expectAccessible } from './support/a11y';
import { useConfig, useTenantSnapshot } from './support/config';
import { emulator } from './support/emulator';
import { expect, signIn, test, verifyWithPassword } from './support/fixtures';
import { setUpAuthenticatorApp } from './support/mfa';

const checkup = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Checks' });
const check = (page: import('@playwright/test').Page, title: string) => checkup(page).getByRole('listitem').filter({ hasText: title });

test('a fresh account sees what is at risk, fixes it from the checkup, and the checkup follows without a reload', async ({ page, user }) => {
  await signIn(page, user, '/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText(`${user.username} · ${user.primaryEmail}`)).toBeVisible();
  await expect(check(page, 'Two-step verification')).toContainText('At risk');
  await expect(page.getByText('2 things to look at')).toBeVisible();
  await expectAccessible(page, 'overview');

  await check(page, 'Two-step verification').getByRole('link', { name: 'Set up an authenticator app' }).click();
  await expect(page).toHaveURL(/\/security$/);
  await verifyWithPassword(page, user.password);
  await setUpAuthenticatorApp(page, 'Set up an authenticator app');
  // The dialog gives focus back to the control it stands for, though a link opened it.
  await expect(page.getByRole('button', { name: 'Replace authenticator app' })).toBeFocused();

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(check(page, 'Two-step verification')).toContainText('Fine');
  await expect(check(page, 'Backup codes')).toContainText('Worth a look');
  await check(page, 'Backup codes').getByRole('link', { name: 'Get backup codes' }).click();
  const codes = page.getByRole('dialog', { name: 'Your backup codes' });
  await codes.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
  await codes.getByRole('button', { name: 'Turn on backup codes' }).click();
  await expect(codes).toBeHidden();

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(check(page, 'Backup codes')).toContainText('10 backup codes left');
  await expect(check(page, 'Backup codes')).toContainText('Fine');
});

test('each action opens the place that fixes it', async ({ page, user }) => {
  await emulator.updateUser(user.id, { primaryEmail: null });
  await signIn(page, user, '/');
  await expect(check(page, 'A way back into your account')).toContainText('At risk');
  await check(page, 'A way back into your account').getByRole('link', { name: 'Add an email address' }).click();
  await verifyWithPassword(page, user.password);
  const add = page.getByRole('dialog', { name: 'Add an email address' });
  await expect(add).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add email address' })).toBeFocused();
  expect(new URL(page.url()).search).toBe('');

  await page.getByRole('link', { name: 'Overview' }).click();
  await check(page, 'Passkeys').getByRole('link', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a passkey' })).toBeVisible();
});

test('a social-only account is offered a password', async ({ page, user }) => {
  // Sign in with the password, then take it away: the emulator's sign-in page only knows passwords.
  await signIn(page, user, '/');
  await emulator.updateUser(user.id, { password: null, identities: { github: { userId: 'gh-riley', details: { email: 'riley@users.github.test' } } } });
  await page.reload();
  await expect(check(page, 'A way to sign in that is yours')).toContainText('Worth a look');
  await check(page, 'A way to sign in that is yours').getByRole('link', { name: 'Set a password' }).click();
  await expect(page.getByRole('dialog', { name: 'Set a password' })).toBeVisible();
});

test('one backup code left is a warning, and an expired connection is offered a reconnect', async ({ page, user }) => {
  await emulator.addFactor(user.id, { type: 'Totp' });
  await emulator.addFactor(user.id, { type: 'BackupCode' });
  for (let used = 0; used < 9; used += 1) await emulator.useBackupCode(user.id);
  await emulator.updateUser(user.id, { identities: { github: { userId: 'gh-riley', details: { email: 'riley@users.github.test' } } } });
  await emulator.setIdentityToken(user.id, 'github', { state: 'expired' });
  await useTenantSnapshot(page);
  await signIn(page, user, '/');
  await expect(check(page, 'Backup codes')).toContainText('Only 1 backup code left.');
  await expect(check(page, 'Backup codes')).toContainText('Worth a look');
  const connection = check(page, 'Connected accounts');
  await expect(connection).toContainText('The connection to GitHub (test) has stopped working.');
  await connection.getByRole('link', { name: 'Reconnect GitHub (test)' }).click();
  await expect(page.getByRole('button', { name: 'Reconnect GitHub (test)' })).toBeFocused();
  // Logto deleted the expired token when asked; the page still says it needs reconnecting.
  await expect(page.getByText('Expired — reconnect to keep access')).toBeVisible();
});

test('checks the tenant turned off are not offered', async ({ page, user }) => {
  await emulator.openWellKnown(true);
  await useConfig(page, { publicSettings: 'read' });
  await emulator.setFields({ mfa: 'Off', passkey: 'Off', session: 'Off' });
  await signIn(page, user, '/');
  await expect(check(page, 'A way back into your account')).toBeVisible();
  await expect(check(page, 'Two-step verification')).toHaveCount(0);
  await expect(check(page, 'Passkeys')).toHaveCount(0);
  await expect(check(page, 'Devices and apps')).toHaveCount(0);
  await expect(page.getByText('Your account is well protected.')).toBeVisible();
});

test('downloads the user’s data as JSON without a single secret', async ({ page, user }) => {
  await emulator.addFactor(user.id, { type: 'Totp' });
  await emulator.addFactor(user.id, { type: 'BackupCode' });
  await emulator.updateUser(user.id, { identities: { github: { userId: 'gh-riley', details: { email: 'riley@users.github.test' } } } });
  await emulator.setIdentityToken(user.id, 'github', { state: 'stored', accessToken: 'gho_secret_token_value' });
  await signIn(page, user, '/');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download your data' });
  await expect(dialog).toContainText('Logto asks you to confirm it is you first');
  await expectAccessible(page, 'download dialog');

  const verificationIds: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/verifications/') && response.request().method() === 'POST') {
      const body = (await response.json().catch(() => ({}))) as { verificationRecordId?: string };
      if (body.verificationRecordId) verificationIds.push(body.verificationRecordId);
    }
  });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Verify and download' }).click();
  await verifyWithPassword(page, user.password);
  const file = await download;
  expect(file.suggestedFilename()).toBe(`account-${user.username}-${new Date().toISOString().slice(0, 10)}.json`);
  const text = await readFile((await file.path())!, 'utf8');
  const data = JSON.parse(text) as Record<string, unknown>;
  expect(data).toMatchObject({
    format: 'logto-account-export',
    account: { id: user.id, username: user.username, name: 'Riley Tester' },
    profile: { givenName: 'Riley', familyName: 'Tester' },
    customData: { plan: 'team' },
    socialIdentities: [{ target: 'github', userId: 'gh-riley' }],
    twoStepVerification: [{ type: 'Totp' }, { type: 'BackupCode', unusedCodes: 10 }],
  });
  expect((data.sessions as unknown[]).length).toBeGreaterThan(0);

  // Nothing secret: no stored provider token, TOTP key, backup code, access token or verification id.
  const stored = await emulator.mfa(user.id);
  const totpKey = stored.mfaVerifications.find((factor) => factor.type === 'Totp')?.key as string;
  const backupCodes = (stored.mfaVerifications.find((factor) => factor.type === 'BackupCode')?.codes as Array<{ code: string }>).map(({ code }) => code);
  const accessToken = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.includes('accessToken'))?.[1] ?? '');
  for (const secret of ['gho_secret_token_value', totpKey, ...backupCodes]) expect(text).not.toContain(secret);
  for (const token of accessToken.match(/[A-Za-z0-9_-]{30,}/g) ?? []) expect(text).not.toContain(token);
  expect(verificationIds).toHaveLength(1);
  for (const id of verificationIds) expect(text).not.toContain(id);
  expect(text).not.toMatch(/access_token|accessToken|refresh_token/i);
});
