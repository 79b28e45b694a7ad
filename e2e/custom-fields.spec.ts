import type { Locator } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { useConfig } from './support/config';
import { emulator } from './support/emulator';
import { expect, signIn, test } from './support/fixtures';

const catalog = [
  { name: 'jobTitle', type: 'Text', label: 'Job title', required: true, config: { minLength: 2, maxLength: 40 } },
  { name: 'deskNumber', type: 'Number', label: 'Desk number', required: false, config: { minValue: 1, maxValue: 300 } },
  { name: 'startDate', type: 'Date', label: 'Start date', required: false, config: { format: 'MM/dd/yyyy' } },
  { name: 'newsletter', type: 'Checkbox', label: 'Send me the newsletter', required: false, config: { defaultValue: 'false' } },
  {
    name: 'team',
    type: 'Select',
    label: 'Team',
    required: false,
    config: { options: [{ value: 'eng', label: 'Engineering' }, { value: 'ops', label: 'Operations' }] },
  },
  { name: 'portfolio', type: 'Url', label: 'Portfolio', required: false, config: {} },
  { name: 'employeeId', type: 'Regex', label: 'Employee ID', description: 'As on your badge, e.g. E-1234.', required: false, config: { format: '^E-\\d{4}$' } },
];

/** The tenant's settings, read live as through a same-origin path to Logto's public settings. */
async function tenantWithFields(fields: Record<string, 'Off' | 'ReadOnly' | 'Edit'> = { customData: 'Edit' }) {
  await emulator.setProfileFieldCatalog(catalog);
  await emulator.setAccountCenter({ profileFields: catalog.map(({ name }) => ({ name })) });
  await emulator.setFields(fields);
  await emulator.openWellKnown(true);
}

async function edit(section: Locator, label: string) {
  await section.getByRole('button', { name: `Edit ${label}` }).click();
}

test('edits each kind of field the tenant defined, with its rules, and keeps the rest of custom data', async ({ page, user }) => {
  await tenantWithFields();
  await useConfig(page, { publicSettings: 'read' });
  await signIn(page, user);
  const section = page.getByRole('region', { name: 'More about you' });
  await expect(section.getByText('Job title')).toBeVisible();
  await expectAccessible(page, 'profile with custom fields');

  await edit(section, 'Job title');
  await section.getByRole('textbox', { name: 'Job title' }).fill('X');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Use 2 to 40 characters.')).toBeVisible();
  await section.getByRole('textbox', { name: 'Job title' }).fill('Staff engineer');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Staff engineer')).toBeVisible();

  await edit(section, 'Desk number');
  await section.getByRole('spinbutton', { name: 'Desk number' }).fill('301');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Enter a number from 1 to 300.')).toBeVisible();
  await section.getByRole('spinbutton', { name: 'Desk number' }).fill('42');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('42', { exact: true })).toBeVisible();

  await edit(section, 'Start date');
  await section.getByLabel('Start date', { exact: true }).fill('2026-03-07');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('March 7, 2026')).toBeVisible();

  await edit(section, 'Send me the newsletter');
  await section.getByRole('checkbox', { name: 'Send me the newsletter' }).check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Yes', { exact: true })).toBeVisible();

  await edit(section, 'Team');
  await section.getByRole('combobox', { name: 'Team' }).selectOption('ops');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Operations')).toBeVisible();

  await edit(section, 'Portfolio');
  await section.getByRole('textbox', { name: 'Portfolio' }).fill('not a link');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Enter a full web address starting with https:// or http://.')).toBeVisible();
  await section.getByRole('textbox', { name: 'Portfolio' }).fill('https://riley.example');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('https://riley.example')).toBeVisible();

  await edit(section, 'Employee ID');
  await expect(section.getByText('As on your badge, e.g. E-1234.')).toBeVisible();
  await section.getByRole('textbox', { name: 'Employee ID' }).fill('1234');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('This is not in the form your organization asks for.')).toBeVisible();
  await expectAccessible(page, 'custom field with an error');
  await section.getByRole('textbox', { name: 'Employee ID' }).fill('E-1234');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('E-1234')).toBeVisible();

  expect((await emulator.getUser(user.id)).customData).toEqual({
    plan: 'team',
    jobTitle: 'Staff engineer',
    deskNumber: 42,
    startDate: '03/07/2026',
    newsletter: true,
    team: 'ops',
    portfolio: 'https://riley.example',
    employeeId: 'E-1234',
  });
  // What no field shows is still there, read-only.
  await expect(page.getByRole('region', { name: 'Custom data' })).toContainText('"plan": "team"');
});

test('a failed save keeps what was typed and says why next to the field', async ({ page, user }) => {
  await tenantWithFields();
  await useConfig(page, { publicSettings: 'read' });
  await signIn(page, user);
  await emulator.fault({ method: 'PATCH', path: '/api/my-account', status: 500, body: { message: 'Internal server error.' } });
  const section = page.getByRole('region', { name: 'More about you' });
  await edit(section, 'Job title');
  await section.getByRole('textbox', { name: 'Job title' }).fill('Staff engineer');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert')).toHaveText('Logto could not complete this (error 500). Try again in a moment.');
  await expect(section.getByRole('textbox', { name: 'Job title' })).toHaveValue('Staff engineer');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Staff engineer')).toBeVisible();
});

test('ReadOnly shows the values without Edit; Off hides them', async ({ page, user }) => {
  await emulator.updateUser(user.id, { customData: { plan: 'team', team: 'eng' } });
  await tenantWithFields({ customData: 'ReadOnly' });
  await useConfig(page, { publicSettings: 'read' });
  await signIn(page, user);
  const section = page.getByRole('region', { name: 'More about you' });
  await expect(section.getByText('Engineering')).toBeVisible();
  await expect(section.getByRole('button', { name: /^Edit/ })).toHaveCount(0);

  await emulator.setFields({ customData: 'Off' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Personal details' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'More about you' })).toHaveCount(0);
});

test('the tenant’s links and account deletion come from its settings', async ({ page, user }) => {
  await emulator.setSignInExperience({
    termsOfUseUrl: 'https://example.com/terms',
    privacyPolicyUrl: 'https://example.com/privacy',
    supportEmail: 'help@example.com',
    supportWebsiteUrl: 'https://example.com/help',
  });
  await emulator.setAccountCenter({ deleteAccountUrl: 'https://example.com/delete-account' });
  await emulator.openWellKnown(true);
  await useConfig(page, { publicSettings: 'read' });
  await signIn(page, user);
  const links = page.getByRole('list', { name: 'Your organization’s terms and support' });
  await expect(links.getByRole('link', { name: 'Terms of use' })).toHaveAttribute('href', 'https://example.com/terms');
  await expect(links.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://example.com/privacy');
  await expect(links.getByRole('link', { name: 'Help and support' })).toHaveAttribute('href', 'https://example.com/help');
  await expect(links.getByRole('link', { name: 'Email help@example.com' })).toHaveAttribute('href', 'mailto:help@example.com');
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('region', { name: 'Delete your account' })).toContainText('cannot be undone');
  await expect(page.getByRole('link', { name: 'Delete account (opens in a new tab)' })).toHaveAttribute('href', 'https://example.com/delete-account');
  await expectAccessible(page, 'security with account deletion');
});
