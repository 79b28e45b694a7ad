import type { BrowserContextOptions, Page } from '@playwright/test';
import { expect, submitSignInForm, type TestUser } from '../support/fixtures';

export type StorageState = BrowserContextOptions['storageState'];

/** The name the pages show for the user, found in their main content to time a load. */
export const displayName = (user: TestUser) => user.name ?? user.username;

/** Signs in once through Logto's form; each later context starts signed in from what this returns. */
export async function signInOnce(page: Page, baseURL: string, user: TestUser): Promise<StorageState> {
  await page.goto(`${baseURL}profile`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page.getByRole('main').getByText(displayName(user), { exact: true }).first()).toBeVisible();
  // The tokens live in localStorage, which storageState carries to each later context.
  return page.context().storageState();
}
