import { useConfig } from './support/config';
import { emulator } from './support/emulator';
import { expect, signIn, test } from './support/fixtures';

test('without readable settings, follows what the API returns and learns read-only fields from Logto’s refusal', async ({ page, user }) => {
  await emulator.setFields({ name: 'Off', avatar: 'Edit', username: 'ReadOnly', profile: 'Edit', customData: 'Off', email: 'Edit', password: 'Edit' });
  await signIn(page, user);
  const main = page.getByRole('main');

  // Off: Logto leaves the field out, so it is not shown.
  await expect(main.getByText('Name', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Custom data' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit Given name' })).toBeVisible();

  // ReadOnly looks like Edit in the data; Logto's answer to a save settles it.
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByRole('button', { name: 'Edit Username' }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill('another_name');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(main.getByText('Your organization does not allow changing this here.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Username' })).toHaveCount(0);
  await expect(main.getByText(user.username, { exact: true })).toBeVisible();
});

test('with Logto’s public settings readable, ReadOnly fields never offer an Edit button', async ({ page, user }) => {
  await emulator.openWellKnown(true);
  await emulator.setFields({ name: 'ReadOnly', avatar: 'Off', username: 'Edit', profile: 'Edit', customData: 'ReadOnly' });
  await useConfig(page, { publicSettings: 'read' });
  await signIn(page, user);
  const main = page.getByRole('main');
  await expect(main.getByText('Riley Tester')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);
  await expect(main.getByText('Managed by your organization.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Avatar' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Custom data' })).toBeVisible();
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('button', { name: 'Edit Username' })).toBeVisible();
});

test('uses the config snapshot of the field controls when the deployment provides one', async ({ page, user }) => {
  await useConfig(page, { accountCenter: { enabled: true, fields: { name: 'ReadOnly', avatar: 'Off', username: 'Edit', profile: 'Off', customData: 'ReadOnly' } } });
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.getByText('Riley Tester').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit Avatar' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Personal details' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Custom data' })).toBeVisible();
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('button', { name: 'Edit Username' })).toBeVisible();
});

test('a field Logto refuses to edit turns read-only with an explanation', async ({ page, user }) => {
  // A stale snapshot says Edit; the tenant has since made the name read-only.
  await useConfig(page, { accountCenter: { enabled: true, fields: { name: 'Edit', username: 'Edit', profile: 'Edit' } } });
  await emulator.setFields({ name: 'ReadOnly' });
  await signIn(page, user);
  await page.getByRole('button', { name: 'Edit Name' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('New name');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Your organization does not allow changing this here.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);
  await expect(page.getByText('Riley Tester').first()).toBeVisible();
  expect((await emulator.getUser(user.id)).name).toBe('Riley Tester');
});

test('a disabled account center gets a page that says so', async ({ page, user }) => {
  await emulator.setAccountCenter({ enabled: false });
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'The account center is turned off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Profile' })).toHaveCount(0);
});

test('a snapshot saying the account center is off is believed without asking Logto', async ({ page, user }) => {
  await useConfig(page, { accountCenter: { enabled: false } });
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'The account center is turned off' })).toBeVisible();
});
