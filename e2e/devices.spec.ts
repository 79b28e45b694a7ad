import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { useConfig } from './support/config';
import { emulator } from './support/emulator';
import { appUrl } from './support/env';
import { expect, signIn, submitSignInForm, test, type TestUser, verifyWithPassword } from './support/fixtures';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const windowsFirefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** Signs in, opens the area from the navigation and passes the step-up Logto asks for. */
async function openDevices(page: Page, user: TestUser) {
  await signIn(page, user);
  await page.getByRole('navigation', { name: 'Account areas' }).getByRole('link', { name: 'Devices and apps' }).click();
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await verifyWithPassword(page, user.password);
  return page.getByRole('list', { name: 'Signed-in devices' });
}

/** The same user signed in in another browser: its own cookies, so its own Logto session. */
async function signInElsewhere(browser: Browser, user: TestUser) {
  const context = await browser.newContext({ baseURL: appUrl });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

test('lists both browsers after a step-up, marks this one, and signs the other out for good', async ({ page, browser, user }) => {
  const elsewhere = await signInElsewhere(browser, user);
  await signIn(page, user, '/devices');
  await expect(page.getByText('Logto asks you to confirm it’s you before showing it', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await verifyWithPassword(page, user.password);

  const list = page.getByRole('list', { name: 'Signed-in devices' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const here = list.getByRole('listitem').first();
  await expect(here).toContainText('Chrome on Linux');
  await expect(here).toContainText('This device');
  await expect(here).toContainText('Used with Account Center');
  await expect(list.getByText('This device')).toHaveCount(1);

  await list.getByRole('button', { name: 'Sign out of Chrome on Linux' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out of Chrome on Linux?' });
  await expect(dialog).toContainText('every app used there will lose access');
  await dialog.getByRole('button', { name: 'Sign out' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Signed out of Chrome on Linux' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();
  // The row that opened the dialog is gone: focus lands on the list's heading, not the page body.
  await expect(page.getByRole('heading', { name: 'Where you’re signed in' })).toBeFocused();

  // The other browser's next step finds its session gone and starts a clean sign-in.
  await elsewhere.page.getByRole('link', { name: 'Security' }).click();
  await expect(elsewhere.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(elsewhere.page.getByText('Riley Tester')).toHaveCount(0);
  await elsewhere.context.close();
});

// The scans have tests of their own, a few each: many full axe scans take long on a busy machine.
test('axe: the devices page before and after verifying, light and dark', async ({ page, user }) => {
  await emulator.createSession(user.id, { userAgent: iphone, ip: '203.0.113.24', country: 'PT', city: 'Lisbon' });
  await emulator.createGrant(user.id, 'photo-print-demo', 'openid profile email');
  await signIn(page, user, '/devices');
  await expect(page.getByRole('button', { name: 'Verify to see your devices' })).toBeVisible();
  await expectAccessible(page, 'devices before verifying');
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await expect(page.getByRole('dialog', { name: 'Verify it’s you' })).toBeVisible();
  await expectAccessible(page, 'the verification dialog over devices');
  await verifyWithPassword(page, user.password);
  await expect(page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'devices');
});

test('axe: the sign-out dialogs, light and dark', async ({ page, user }) => {
  await emulator.createSession(user.id, { userAgent: iphone });
  const list = await openDevices(page, user);
  await list.getByRole('button', { name: 'Sign out of Safari on iOS' }).click();
  await expect(page.getByRole('dialog', { name: 'Sign out of Safari on iOS?' })).toBeVisible();
  await expectAccessible(page, 'sign out a device');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sign out of all other devices' }).click();
  await expect(page.getByRole('dialog', { name: 'Sign out of all other devices?' })).toBeVisible();
  await expectAccessible(page, 'sign out of all other devices');
});

test('shows where and on what a sign-in happened, and signs out of all other devices with a retry for what failed', async ({ page, user }) => {
  const phone = await emulator.createSession(user.id, { userAgent: iphone, ip: '203.0.113.24', country: 'PT', city: 'Lisbon' });
  await emulator.createSession(user.id, { userAgent: windowsFirefox, ip: '198.51.100.7' });
  const list = await openDevices(page, user);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const iphoneRow = list.getByRole('listitem').filter({ hasText: 'Safari on iOS' });
  await expect(iphoneRow).toContainText('iPhone · IP address 203.0.113.24 · Near Lisbon, Portugal');

  await emulator.fault({ method: 'DELETE', path: `/api/my-account/sessions/${phone.uid}`, status: 500, body: { message: 'Internal server error.' } });
  await page.getByRole('button', { name: 'Sign out of all other devices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out of all other devices?' });
  await expect(dialog).toContainText('2 devices will be signed out');
  await dialog.getByRole('button', { name: 'Sign out' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Signed out of 1 of 2 devices. These are still signed in:');
  await expect(dialog.getByRole('alert')).toContainText('Safari on iOS: Logto could not complete this (error 500).');
  await expectAccessible(page, 'sign out of other devices, partly failed');
  await dialog.getByRole('button', { name: 'Try again for these' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Signed out of 2 devices' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('This device');
  expect(await emulator.sessions(user.id)).toHaveLength(1);
});

test('signing out here revokes this device’s session and ends in the signed-out page', async ({ page, user }) => {
  const list = await openDevices(page, user);
  await list.getByRole('button', { name: 'Sign out here' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out of this device?' });
  await dialog.getByRole('button', { name: 'Sign out here' }).click();
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await expect(page.getByText('You signed out of this device.')).toBeVisible();
  expect(await emulator.sessions(user.id)).toEqual([]);
  // Signing in again asks for the password: no Logto session was left behind.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');
});

test('lists a third-party app with what it can see and removes its access', async ({ page, user }) => {
  await emulator.createGrant(user.id, 'photo-print-demo', 'openid profile email');
  await openDevices(page, user);
  const apps = page.getByRole('list', { name: 'Apps with access' });
  await expect(apps.getByRole('listitem')).toHaveCount(1);
  await expect(apps).toContainText('Photo Print Shop (demo)');
  await expect(apps).toContainText('Can see: who you are, your name, username and picture, and your email address');

  await apps.getByRole('button', { name: 'Remove access for Photo Print Shop (demo)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove access for Photo Print Shop (demo)?' });
  await expectAccessible(page, 'remove app access');
  await dialog.getByRole('button', { name: 'Remove access' }).click();
  await expect(page.getByText('No other apps have access to your account.')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await verifyWithPassword(page, user.password);
  await expect(page.getByText('No other apps have access to your account.')).toBeVisible();
});

test('works with the keyboard alone, and every dialog gives focus back to what opened it', async ({ page, user }) => {
  await emulator.createSession(user.id, { userAgent: iphone });
  await emulator.createGrant(user.id, 'photo-print-demo', 'openid profile');
  await signIn(page, user, '/devices');
  const verify = page.getByRole('button', { name: 'Verify to see your devices' });
  await verify.focus();
  await page.keyboard.press('Enter');
  const verification = page.getByRole('dialog', { name: 'Verify it’s you' });
  await verification.getByLabel('Current password').fill(user.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Signed-in devices' })).toBeVisible();

  for (const [name, dialogName] of [
    ['Sign out of Safari on iOS', 'Sign out of Safari on iOS?'],
    ['Sign out of all other devices', 'Sign out of all other devices?'],
    ['Remove access for Photo Print Shop (demo)', 'Remove access for Photo Print Shop (demo)?'],
  ] as const) {
    const opener = page.getByRole('button', { name });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Enter'); // Cancel has the focus: the safe choice
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }
  expect(await emulator.sessions(user.id)).toHaveLength(2);
});

test('read-only lists offer no sign-out or removal; Off hides the area', async ({ page, user }) => {
  await emulator.createSession(user.id, { userAgent: iphone });
  await emulator.createGrant(user.id, 'photo-print-demo', 'openid profile');
  // Field controls the browser can read: Logto's public settings, as through a same-origin path.
  await emulator.openWellKnown(true);
  await useConfig(page, { publicSettings: 'read' });
  await emulator.setFields({ session: 'ReadOnly' });
  const list = await openDevices(page, user);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: /Sign out of|Sign out here|Remove access/ })).toHaveCount(0);
  await expect(page.getByText('Managed by your organization.')).toHaveCount(2);
  await expectAccessible(page, 'read-only devices');

  await emulator.setFields({ session: 'Off' });
  await page.goto('/profile');
  await expect(page.getByRole('navigation', { name: 'Account areas' }).getByRole('link', { name: 'Security' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Devices and apps' })).toHaveCount(0);
  await page.goto('/devices');
  await expect(page.getByText('Your organization does not show devices and apps here.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verify to see your devices' })).toHaveCount(0);
});

test('without readable settings, Logto’s refusal turns the area off and takes it out of the navigation', async ({ page, user }) => {
  await emulator.setFields({ session: 'Off' });
  await signIn(page, user, '/devices');
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await verifyWithPassword(page, user.password);
  await expect(page.getByText('Your organization does not show devices and apps here.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Devices and apps' })).toHaveCount(0);
});

test('a list that fails to load says so in place and loads on retry', async ({ page, user }) => {
  await signIn(page, user, '/devices');
  // Three failures: the first try and the two automatic retries for a server error.
  await emulator.fault({ method: 'GET', path: '/api/my-account/sessions', times: 3, status: 500, body: { message: 'Internal server error.' } });
  await page.getByRole('button', { name: 'Verify to see your devices' }).click();
  await verifyWithPassword(page, user.password);
  await expect(page.getByText('Logto could not complete this (error 500). Try again in a moment.')).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem')).toHaveCount(1);
});
