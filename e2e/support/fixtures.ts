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
  // Back in the app with the shell showing: the callback has been handled. Three page loads and a
  // token exchange, not one reaction on a page: on a busy machine that takes longer than an expect's
  // usual 7 s (seen: 7 s exceeded at a load average of 10).
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 20_000 });
}

export async function submitSignInForm(page: Page, user: { username: string; password: string }) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The step-up dialog, answered with the password, as a person would. */
export async function verifyWithPassword(page: Page, password: string) {
  const dialog = page.getByRole('dialog', { name: 'Verify it’s you' });
  await dialog.getByLabel('Current password').fill(password);
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(dialog).toBeHidden();
}

type Violation = { origin: string; directive: string; blocked: string };

const appOrigins = new Set(['http://localhost:4173', 'http://localhost:4174', 'http://localhost:4177', 'http://127.0.0.1:4173']);

export const test = base.extend<{ user: TestUser; cspViolations: Violation[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  user: async ({}, use) => {
    await emulator.reset();
    await use(await createUser());
  },
  // Every page of the app in every test runs under the strict CSP of scripts/e2e-serve.mjs; any
  // violation the browser reports on the app's origins fails the test.
  cspViolations: [
    async ({ context }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
        if (appOrigins.has(violation.origin)) violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (violation: unknown) => void }).__reportCspViolation;
          report?.({ origin: location.origin, directive: event.effectiveDirective, blocked: event.blockedURI });
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
