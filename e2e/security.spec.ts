import type { Page } from '@playwright/test';
import { emulator } from './support/emulator';
import { createUser, expect, signIn, test, verifyWithPassword } from './support/fixtures';

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
  // The first change's “Username saved” may still be on screen: the row showing the new name is
  // what says this save went through.
  await expect(page.getByRole('main').getByText('riley_t2', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveCount(0);
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

/** Opens "Change email address", verifies with the password and sends a code to `address`. */
async function startEmailChange(page: Page, user: { password: string }, address: string) {
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Change your email address' });
  await dialog.getByRole('textbox', { name: 'New email address' }).fill(address);
  await dialog.getByRole('button', { name: 'Send code' }).click();
  return dialog;
}

async function enterCode(page: Page, dialogName: string, to: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'Verification code' }).fill(await emulator.latestCode(to));
}

test('changes the email with a code sent to the new address', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);

  const dialog = page.getByRole('dialog', { name: 'Change your email address' });
  await dialog.getByRole('textbox', { name: 'New email address' }).fill('riley.new@example.test');
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await expect(dialog.getByText('Enter the code we sent to riley.new@example.test.')).toBeVisible();
  await enterCode(page, 'Change your email address', 'riley.new@example.test');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Email address saved' })).toBeVisible();
  await expect(page.getByText('riley.new@example.test')).toBeVisible();
  expect((await emulator.getUser(user.id)).primaryEmail).toBe('riley.new@example.test');
});

test('verifies identity with a code to the current email instead of the password', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Edit Username' }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill('riley_by_code');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await dialog.getByRole('radio', { name: `A code sent to ${user.primaryEmail}` }).check();
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await dialog.getByRole('textbox', { name: 'Verification code' }).fill(await emulator.latestCode(user.primaryEmail!));
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Username saved' })).toBeVisible();
  expect((await emulator.getUser(user.id)).username).toBe('riley_by_code');
});

test('adds a phone typed in national format and removes it again', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Add phone number' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Add a phone number' });
  await dialog.getByRole('textbox', { name: 'New phone number' }).fill('+1 (201) 555-0123');
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await expect(dialog.getByText('Enter the code we sent to +1 201 555 0123.')).toBeVisible();
  await enterCode(page, 'Add a phone number', '12015550123');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('+1 201 555 0123')).toBeVisible();
  expect((await emulator.getUser(user.id)).primaryPhone).toBe('12015550123');

  await page.getByRole('button', { name: 'Remove phone number' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove your phone number?' });
  await expect(confirm).toContainText('+1 201 555 0123');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('button', { name: 'Add phone number' })).toBeVisible();
  expect((await emulator.getUser(user.id)).primaryPhone).toBeNull();
});

test('explains a wrong code and keeps it for correction', async ({ page, user }) => {
  await signIn(page, user, '/security');
  const dialog = await startEmailChange(page, user, 'riley.wrong@example.test');
  const code = dialog.getByRole('textbox', { name: 'Verification code' });
  const right = await emulator.latestCode('riley.wrong@example.test');
  const wrong = right === '000000' ? '111111' : '000000';
  await code.fill(wrong);
  await expect(code).toHaveAccessibleDescription('That code is not right. Check it and try again.');
  await expect(code).toHaveValue(wrong);
  await code.fill(right);
  await expect(dialog).toBeHidden();
});

test('explains an expired code', async ({ page, user }) => {
  await signIn(page, user, '/security');
  const dialog = await startEmailChange(page, user, 'riley.late@example.test');
  await expect(dialog.getByRole('textbox', { name: 'Verification code' })).toBeVisible();
  await emulator.advanceClock(11);
  await enterCode(page, 'Change your email address', 'riley.late@example.test');
  await expect(dialog.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription(/expired/);
});

test('offers to resend only after the cooldown', async ({ page, user }) => {
  await page.clock.install();
  await signIn(page, user, '/security');
  const dialog = await startEmailChange(page, user, 'riley.resend@example.test');
  await expect(dialog.getByRole('button', { name: /Send a new code in \d+ s/ })).toBeDisabled();
  await page.clock.fastForward('01:01');
  await dialog.getByRole('button', { name: 'Send a new code' }).click();
  await expect(dialog.getByRole('button', { name: /Send a new code in \d+ s/ })).toBeDisabled();
  expect(await emulator.outbox('riley.resend@example.test')).toHaveLength(2);
});

test('says when too many codes were sent', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);
  await emulator.fault({
    method: 'POST',
    path: '/api/verifications/verification-code',
    times: 1,
    status: 429,
    body: { code: 'request.message_rate_limited', message: 'Too many messages sent to this recipient. Please try again later.' },
  });
  const dialog = page.getByRole('dialog', { name: 'Change your email address' });
  const field = dialog.getByRole('textbox', { name: 'New email address' });
  await field.fill('riley.busy@example.test');
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await expect(field).toHaveAccessibleDescription('Too many codes were sent to riley.busy@example.test. Try again in 10 minutes.');
  await expect(field).toHaveValue('riley.busy@example.test');
});

test('an expired verification between two changes asks again and finishes the change as typed', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await edit(page, 'Username');
  await page.getByRole('textbox', { name: 'Username' }).fill('riley_first');
  await page.getByRole('button', { name: 'Save' }).click();
  await verifyWithPassword(page, user.password);
  await expect(page.getByRole('status').filter({ hasText: 'Username saved' })).toBeVisible();

  // Logto's record expires ten minutes after it was made; this tab still holds it.
  await emulator.advanceClock(11);
  await edit(page, 'Username');
  await page.getByRole('textbox', { name: 'Username' }).fill('riley_second');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await expect(dialog).toContainText('Your last verification has expired.');
  await verifyWithPassword(page, user.password);
  // Not the toast: the first change's “Username saved” may still be showing.
  await expect(page.getByRole('main').getByText('riley_second', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveCount(0);
  expect((await emulator.getUser(user.id)).username).toBe('riley_second');
});

test('a server error while binding keeps the verified code and Save retries', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);
  await emulator.fault({ method: 'POST', path: '/api/my-account/primary-email', times: 1, status: 500, body: { message: 'Internal server error.' } });
  const dialog = page.getByRole('dialog', { name: 'Change your email address' });
  await dialog.getByRole('textbox', { name: 'New email address' }).fill('riley.retry@example.test');
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await enterCode(page, 'Change your email address', 'riley.retry@example.test');
  await expect(dialog.getByRole('alert')).toHaveText('Logto could not complete this (error 500). Try again in a moment.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await emulator.getUser(user.id)).primaryEmail).toBe('riley.retry@example.test');
});

test('changes the password, and the new one signs in', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your password' });
  await dialog.getByLabel('New password', { exact: true }).fill('Fresh-horse-staple-42');
  await dialog.getByLabel('Confirm new password').fill('Fresh-horse-staple-42');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await verifyWithPassword(page, user.password);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await signIn(page, { username: user.username, password: 'Fresh-horse-staple-42' });
});

test('shows Logto’s password rules next to the field and explains reusing the same password', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your password' });
  const field = dialog.getByLabel('New password', { exact: true });
  await field.fill('12345678');
  await dialog.getByLabel('Confirm new password').fill('12345678');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await verifyWithPassword(page, user.password);
  await expect(dialog.getByText('It uses a sequence such as 1234 or abcd.')).toBeVisible();
  await expect(field).toHaveValue('12345678');

  await field.fill(user.password);
  await dialog.getByLabel('Confirm new password').fill(user.password);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(field).toHaveAccessibleDescription('The new password must differ from your current one.');
});

test('too many wrong codes asks for a new one', async ({ page, user }) => {
  await emulator.setSignInExperience({ verificationCodePolicy: { expirationDuration: 600, maxRetryAttempts: 2 } });
  await signIn(page, user, '/security');
  const dialog = await startEmailChange(page, user, 'riley.tries@example.test');
  const code = dialog.getByRole('textbox', { name: 'Verification code' });
  const right = await emulator.latestCode('riley.tries@example.test');
  const wrong = right === '000000' ? '111111' : '000000';
  await code.fill(wrong);
  await expect(code).toHaveAccessibleDescription('That code is not right. Check it and try again.');
  await code.fill(wrong.replace(/^./, '9'));
  await expect(code).toHaveAccessibleDescription('That code is not right. Check it and try again.');
  await code.fill(right);
  await expect(code).toHaveAccessibleDescription('Too many wrong attempts. Send a new code.');
});

test('explains an email address the tenant does not allow', async ({ page, user }) => {
  await emulator.setSignInExperience({ emailBlocklistPolicy: { customBlocklist: ['@blocked.test'] } });
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Change your email address' });
  const field = dialog.getByRole('textbox', { name: 'New email address' });
  await field.fill('riley@blocked.test');
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await expect(field).toHaveAccessibleDescription('This email address is not allowed. Choose a different one.');
  await expect(field).toHaveValue('riley@blocked.test');
});

test('refuses to remove the last way to sign in, and says why', async ({ page }) => {
  const user = await createUser({ username: null, primaryEmail: 'only.email@example.test' });
  await signIn(page, { username: 'only.email@example.test', password: user.password }, '/security');
  await page.getByRole('button', { name: 'Remove email address' }).click();
  await verifyWithPassword(page, user.password);
  const dialog = page.getByRole('dialog', { name: 'Remove your email address?' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'You need to keep at least one way to sign in (a username, email, phone or connected account).',
  );
  expect((await emulator.getUser(user.id)).primaryEmail).toBe('only.email@example.test');
});
