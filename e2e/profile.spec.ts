import type { Page } from '@playwright/test';
import { emulator } from './support/emulator';
import { expect, signIn, test } from './support/fixtures';

async function edit(page: Page, field: string) {
  await page.getByRole('button', { name: `Edit ${field}` }).click();
}

async function save(page: Page, field: string) {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${field} saved` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Edit ${field}` })).toBeFocused();
}

test('edits every profile field and Logto keeps them', async ({ page, user }) => {
  await signIn(page, user);

  await edit(page, 'Name');
  await page.getByRole('textbox', { name: 'Name' }).fill('Riley Q. Tester');
  await save(page, 'Name');

  await edit(page, 'Avatar');
  await page.getByRole('textbox', { name: 'Image URL' }).fill('https://example.com/avatar.png');
  await expect(page.getByRole('img', { name: 'Preview' }).or(page.getByText('The image at this address could not be loaded.'))).toBeVisible();
  await save(page, 'Avatar');

  for (const [field, value] of [
    ['Given name', 'Riley'],
    ['Middle name', 'Quinn'],
    ['Family name', 'Tester-Smith'],
    ['Nickname', 'Ry'],
    ['Website', 'https://riley.example'],
    ['Language and region', 'en-GB'],
  ] as const) {
    await edit(page, field);
    await page.getByRole('textbox', { name: field }).fill(value);
    await save(page, field);
  }

  await edit(page, 'Birthday');
  await page.getByLabel('Birthday', { exact: true }).fill('1990-04-23');
  await save(page, 'Birthday');

  await edit(page, 'Gender');
  await page.getByRole('combobox', { name: 'Gender' }).selectOption('female');
  await save(page, 'Gender');

  await edit(page, 'Time zone');
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/Amsterdam');
  await save(page, 'Time zone');

  await edit(page, 'Address');
  await page.getByRole('textbox', { name: 'Street address' }).fill('1 Main Street');
  await page.getByRole('textbox', { name: 'City' }).fill('Utrecht');
  await page.getByRole('textbox', { name: 'Postal code' }).fill('3511 AA');
  await page.getByRole('textbox', { name: 'Country' }).fill('NL');
  await save(page, 'Address');

  const stored = await emulator.getUser(user.id);
  expect(stored).toMatchObject({
    name: 'Riley Q. Tester',
    avatar: 'https://example.com/avatar.png',
    profile: {
      givenName: 'Riley',
      middleName: 'Quinn',
      familyName: 'Tester-Smith',
      nickname: 'Ry',
      website: 'https://riley.example',
      locale: 'en-GB',
      birthdate: '1990-04-23',
      gender: 'female',
      zoneinfo: 'Europe/Amsterdam',
      address: { streetAddress: '1 Main Street', locality: 'Utrecht', postalCode: '3511 AA', country: 'NL', formatted: '1 Main Street, 3511 AA Utrecht, NL' },
    },
  });

  await page.reload();
  await expect(page.getByText('Riley Q. Tester').first()).toBeVisible();
  await expect(page.getByText('April 23, 1990')).toBeVisible();
  await expect(page.getByText('1 Main Street, 3511 AA Utrecht, NL')).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://riley.example' })).toBeVisible();
  await expect(page.getByText('"plan": "team"')).toBeVisible();
});

test('shows invalid input next to the field and keeps it', async ({ page, user }) => {
  await signIn(page, user);

  await edit(page, 'Avatar');
  const avatar = page.getByRole('textbox', { name: 'Image URL' });
  await avatar.fill('not-a-url');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(avatar).toHaveAccessibleDescription('Enter a full web address starting with https:// or http://.');
  await expect(avatar).toHaveValue('not-a-url');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await edit(page, 'Website');
  const website = page.getByRole('textbox', { name: 'Website' });
  await website.fill('ftp://files.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(website).toHaveAccessibleDescription('Enter a full web address starting with https:// or http://.');
  await expect(website).toHaveValue('ftp://files.example');
});

test('a server error on save keeps the input and Save retries', async ({ page, user }) => {
  await signIn(page, user);
  await emulator.fault({ method: 'PATCH', path: '/api/my-account/profile', times: 1, status: 500, body: { message: 'Internal server error.' } });
  await edit(page, 'Nickname');
  const nickname = page.getByRole('textbox', { name: 'Nickname' });
  await nickname.fill('Ry');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Logto could not complete this (error 500). Try again in a moment.');
  await expect(nickname).toHaveValue('Ry');
  await save(page, 'Nickname');
  expect((await emulator.getUser(user.id)).profile).toMatchObject({ nickname: 'Ry' });
});

test('shows custom data read-only', async ({ page, user }) => {
  await signIn(page, user);
  const section = page.getByRole('region', { name: 'Custom data' });
  await expect(section.getByText('"plan": "team"')).toBeVisible();
  await expect(section.getByRole('button')).toHaveCount(0);
});
