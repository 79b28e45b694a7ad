import { useConfig } from './support/config';
import { emulator } from './support/emulator';
import { emulatorUrl, subPathAppUrl } from './support/env';
import { expect, signIn, test } from './support/fixtures';

// Logto refuses other origins these reads (the emulator does too, as in production); the app
// reads them through its own host, which the end-to-end server forwards like deploy/ shows.
const liveSettings = { publicSettings: 'auto', settingsPath: 'logto-settings/' };

/** config.json as provisioning wrote it at deploy time: a snapshot of the tenant as it is now. */
async function deployTimeSnapshot() {
  const read = async (name: string) => (await fetch(`${emulatorUrl}/api/.well-known/${name}`)).json();
  const { enabled, fields } = await read('account-center');
  const { socialConnectors, ssoConnectors, mfa, passwordPolicy } = await read('sign-in-exp');
  return { accountCenter: { enabled, fields }, signInExperience: { socialConnectors, ssoConnectors, mfa, passwordPolicy } };
}

test('a change in Logto reaches the app on the next load, without provisioning again', async ({ page, user }) => {
  await emulator.setSignInExperience({ socialSignInConnectorTargets: ['github'] });
  await useConfig(page, { ...liveSettings, ...(await deployTimeSnapshot()) });
  await signIn(page, user);
  await expect(page.getByRole('button', { name: 'Edit Name' })).toBeVisible();

  // The admin makes the name read-only and adds Google sign-in while the app is open.
  await emulator.setFields({ name: 'ReadOnly' });
  await emulator.setSignInExperience({ socialSignInConnectorTargets: ['github', 'google'] });
  await page.reload();
  const main = page.getByRole('main');
  await expect(main.getByText('Riley Tester')).toBeVisible();
  await expect(main.getByText('Managed by your organization.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Connections' }).click();
  await expect(page.getByRole('button', { name: 'Connect Google (test)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect GitHub (test)' })).toBeVisible();
});

test('under a sub-path too; and when Logto fails to answer, the snapshot stands in', async ({ page, user }) => {
  const snapshot = await deployTimeSnapshot();
  await emulator.setFields({ name: 'ReadOnly' });
  await useConfig(page, { ...liveSettings, ...snapshot });
  await signIn(page, user, `${subPathAppUrl}profile`);
  const main = page.getByRole('main');
  await expect(main.getByText('Managed by your organization.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);

  // Logto is down for a moment: the snapshot (name editable at deploy time) is what is known.
  await emulator.fault({ method: 'GET', path: '/api/.well-known/account-center', status: 500, times: 10 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toBeVisible();
});
