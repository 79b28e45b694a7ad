import { expect, signIn, submitSignInForm, test } from './support/fixtures';

test('signs in through Logto and lands on the overview with the user’s data', async ({ page, user }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');
  await expect(page.getByRole('main').getByText(user.username, { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('main').getByText('Riley', { exact: true })).toBeVisible();
});

test('returns to the page the user asked for after signing in', async ({ page, user }) => {
  await page.goto('/profile');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page).toHaveURL(/\/profile$/);
});

test('signs out and returns to the signed-out start page', async ({ page, user }) => {
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('Token')))).toEqual([]);
  await page.goto('/profile');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a cancelled sign-in says so and offers to try again', async ({ page, user }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toHaveText('Sign-in was cancelled.');
  await page.getByRole('button', { name: 'Try signing in again' }).click();
  await submitSignInForm(page, user);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
});

test('a forged sign-in answer is refused with a plain message and a retry button', async ({ page, user }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // Someone hands this tab an authorization answer with another state: it must not be used.
  await page.goto('/callback?code=stolen-code&state=forged-state');
  await expect(page.getByRole('heading', { name: 'Sign-in did not complete' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Sign-in failed');
  await page.getByRole('button', { name: 'Try signing in again' }).click();
  await submitSignInForm(page, user);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
});

test('an answer for a sign-in this tab never started is refused', async ({ page }) => {
  await page.goto('/callback?code=stolen-code&state=forged-state');
  await expect(page.getByRole('alert')).toHaveText('This sign-in answer does not belong to a sign-in started in this browser tab.');
});
