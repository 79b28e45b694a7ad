import { test as base, expect, type Page } from '@playwright/test';
import { emulator, type EmulatorUser, type UserInput } from './emulator';

export type TestUser = EmulatorUser & { username: string; password: string };

let counter = 0;

/** A fresh user per test, so tests never see each other's data. */
export async function createUser(input: UserInput = {}): Promise<TestUser> {
  counter += 1;
  const username = `user_${Date.now().toString(36)}_${counter}`;
  const password = 'Test-passw0rd!';
  const user = await emulator.createUser({
    username,
    password,
    name: 'Riley Tester',
    primaryEmail: `${username}@example.test`,
    profile: { givenName: 'Riley', familyName: 'Tester' },
    customData: { plan: 'team' },
    ...input,
  });
  return { ...user, username: (input.username ?? username) as string, password: (input.password ?? password) as string };
}

/** Through the real redirect: the app's start page, the emulator's sign-in page, the callback. */
export async function signIn(page: Page, user: { username: string; password: string }, path = '/profile') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  // Back in the app with the shell showing: the callback has been handled.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function submitSignInForm(page: Page, user: { username: string; password: string }) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const test = base.extend<{ user: TestUser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  user: async ({}, use) => {
    await emulator.reset();
    await use(await createUser());
  },
});

export { expect };
