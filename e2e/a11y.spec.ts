import { expectAccessible } from './support/a11y';
import { useConfig, useTenantSnapshot } from './support/config';
import { emulator } from './support/emulator';
import type { Page } from '@playwright/test';
import { allowedHostUrl, appUrl, otherHostUrl } from './support/env';
import { expect, signIn, submitSignInForm, test, verifyWithPassword } from './support/fixtures';

test('the signed-out start page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'start page');
});

test('the sign-in error page', async ({ page }) => {
  await page.goto('/callback?code=x&state=y');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'callback error');
});

test('the config error page', async ({ page }) => {
  await useConfig(page, { endpoint: 'nope', appId: '' });
  await page.goto('/');
  await expect(page.getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'config error');
});

test('the profile page, reading, editing and failing', async ({ page, user }) => {
  await emulator.updateUser(user.id, { avatar: 'https://example.com/avatar.png' });
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expectAccessible(page, 'profile');

  await page.getByRole('button', { name: 'Edit Address' }).click();
  await expectAccessible(page, 'profile, editing the address');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Edit Website' }).click();
  await page.getByRole('textbox', { name: 'Website' }).fill('nope');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Website' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'profile, invalid input');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await emulator.fault({ method: 'PATCH', path: '/api/my-account', times: 1, status: 500, body: { message: 'Internal server error.' } });
  await page.getByRole('button', { name: 'Edit Name' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'profile, failed save');
});

test('the verification dialog', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Edit Username' }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill('new_name');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'verification dialog');
  await dialog.getByLabel('Current password').fill('wrong');
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(dialog.getByText('That password is not correct.')).toBeVisible();
  await expectAccessible(page, 'verification dialog, wrong password');
});

test('the account-center-disabled and not-found pages', async ({ page, user }) => {
  await signIn(page, user);
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, 'not found');
  await emulator.setAccountCenter({ enabled: false });
  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: 'The account center is turned off' })).toBeVisible();
  await expectAccessible(page, 'account center disabled');
});

test('the profile page on a phone-sized screen', async ({ page, user }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, user);
  await expect(page.getByRole('navigation', { name: 'Account areas' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'profile on a phone');
});

// The security page's scans are split over three tests: each full axe scan takes a second or
// more on a busy two-core machine, and one test with fourteen of them came near its timeout.
test('the security page and the verification methods', async ({ page, user }) => {
  await emulator.updateUser(user.id, { primaryPhone: '12015550123' });
  await signIn(page, user, '/security');
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
  await expect(page.getByText('+1 201 555 0123')).toBeVisible();
  await expectAccessible(page, 'security');

  await page.getByRole('button', { name: 'Change email address' }).click();
  const verify = page.getByRole('dialog', { name: 'Verify it’s you' });
  await expect(verify.getByRole('radio')).toHaveCount(3);
  await expectAccessible(page, 'verification dialog with three methods');
  await verify.getByRole('radio', { name: /A code sent to \+1/ }).check();
  await expectAccessible(page, 'verification dialog, phone code method');
});

test('the change-email dialog, invalid and at the code', async ({ page, user }) => {
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Change email address' }).click();
  await verifyWithPassword(page, user.password);

  const change = page.getByRole('dialog', { name: 'Change your email address' });
  await change.getByRole('textbox', { name: 'New email address' }).fill('not-an-email');
  await change.getByRole('button', { name: 'Send code' }).click();
  await expectAccessible(page, 'change email, invalid address');
  await change.getByRole('textbox', { name: 'New email address' }).fill('riley.a11y@example.test');
  await change.getByRole('button', { name: 'Send code' }).click();
  await expect(change.getByRole('textbox', { name: 'Verification code' })).toBeVisible();
  await expectAccessible(page, 'change email, code entry');
});

test('the remove-phone and password dialogs', async ({ page, user }) => {
  await emulator.updateUser(user.id, { primaryPhone: '12015550123' });
  await signIn(page, user, '/security');
  await page.getByRole('button', { name: 'Remove phone number' }).click();
  await verifyWithPassword(page, user.password);
  await expect(page.getByRole('dialog', { name: 'Remove your phone number?' })).toBeVisible();
  await expectAccessible(page, 'remove phone');
  await page.getByRole('dialog', { name: 'Remove your phone number?' }).getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Change password' }).click();
  const password = page.getByRole('dialog', { name: 'Change your password' });
  await password.getByLabel('New password', { exact: true }).fill('abc');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expectAccessible(page, 'password dialog with errors');
});

test('the connections page, its dialogs and the link callback', async ({ page, user }) => {
  await emulator.updateUser(user.id, { identities: { github: { userId: 'gh-a11y', details: { email: 'a11y@users.github.test', name: 'A11y' } } } });
  await emulator.setIdentityToken(user.id, 'github', { state: 'stored', accessToken: 'x', scope: 'read:user', expiresIn: 3600 });
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await expect(page.getByText(/Token stored/)).toBeVisible();
  await expectAccessible(page, 'connections');
  await page.getByRole('button', { name: 'Disconnect GitHub (test)' }).click();
  await expect(page.getByRole('dialog', { name: 'Disconnect GitHub (test)?' })).toBeVisible();
  await expectAccessible(page, 'disconnect dialog');
  await page.goto('/social-callback?code=x&state=y');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'link callback refused');
});

test.describe('embedded in another site', () => {
  const hostPage = (host: string) => `${host}example.html?app=${encodeURIComponent(`${appUrl}profile`)}`;
  const frame = (page: Page) => page.frameLocator('iframe[title="Account settings"]');

  test('waiting for the sign-in window, and the account inside the frame', async ({ page, user }) => {
    await page.goto(hostPage(allowedHostUrl));
    const [popup] = await Promise.all([page.waitForEvent('popup'), frame(page).getByRole('button', { name: 'Sign in' }).click()]);
    await expect(frame(page).getByText('Continue in the sign-in window.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'embedded, sign-in window open');
    await submitSignInForm(popup, user);
    await expect(frame(page).getByRole('heading', { name: 'Profile' })).toBeVisible();
    await expectAccessible(page, 'embedded profile');
  });

  test('the notice for a site that may not embed the app', async ({ page }) => {
    await page.goto(hostPage(otherHostUrl));
    await expect(frame(page).getByRole('heading', { name: 'Your account cannot be shown here' })).toBeVisible();
    await expectAccessible(page, 'framing refused');
  });
});
