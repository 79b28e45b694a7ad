import { emulator } from './support/emulator';
import { createUser, expect, signIn, submitSignInForm, test } from './support/fixtures';

test('a session ended elsewhere leads to a clean sign-in, never to the old data', async ({ page, user }) => {
  await signIn(page, user);
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');

  await emulator.signOutEverywhere(user.id);
  const other = await createUser({ name: 'Sam Other' });
  await page.reload();

  // The dead token is noticed, the silent attempt finds no Logto session, so Logto asks again.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await submitSignInForm(page, other);
  await expect(page.getByTestId('user-name')).toHaveText('Sam Other');
  await expect(page.getByText('Riley Tester')).toHaveCount(0);
  await expect(page).toHaveURL(/\/profile$/);
});

test('signing out in another tab resets this one', async ({ page, context, user }) => {
  await signIn(page, user);
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');

  const other = await context.newPage();
  await other.goto('/profile');
  await expect(other.getByTestId('user-name')).toHaveText('Riley Tester');
  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(other.getByRole('heading', { name: 'Manage your account' })).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await expect(page.getByText('You signed out in another tab.')).toBeVisible();
  await expect(page.getByText('Riley Tester')).toHaveCount(0);
});

test('another tab signing in as someone else switches this one to that user', async ({ page, context, user }) => {
  await signIn(page, user);
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');

  const other = await context.newPage();
  await other.goto('/profile');
  await other.getByRole('button', { name: 'Sign out' }).click();
  const second = await createUser({ name: 'Sam Other' });
  await other.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(other, second);
  await expect(other.getByTestId('user-name')).toHaveText('Sam Other');

  await expect(page.getByTestId('user-name')).toHaveText('Sam Other');
  await expect(page.getByText('Riley Tester')).toHaveCount(0);
});

test('a token that dies during a save leads to one clean sign-in, not an error loop', async ({ page, user }) => {
  await signIn(page, user);
  await page.getByRole('button', { name: 'Edit Nickname' }).click();
  await page.getByRole('textbox', { name: 'Nickname' }).fill('Ry');
  await emulator.signOutEverywhere(user.id);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await submitSignInForm(page, user);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');
});

test('when even a fresh token is refused, the app stops and explains instead of looping', async ({ page, user }) => {
  await signIn(page, user);
  const unauthorized = { code: 'auth.unauthorized', message: 'Unauthorized. Please check credentials and its scope.' };
  await emulator.fault({ method: 'GET', path: '/api/my-account', times: 20, status: 401, body: unauthorized });
  const signInRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/oidc/auth')) signInRequests.push(request.url());
  });

  await page.reload();
  // One silent attempt (the Logto session is alive, so it comes straight back), then a stop.
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(signInRequests).toHaveLength(1);
  expect(new URL(signInRequests[0]!).searchParams.get('prompt')).toBe('none');
});

test('shows a loading skeleton while Logto is slow', async ({ page, user }) => {
  await signIn(page, user);
  await emulator.fault({ method: 'GET', path: '/api/my-account', times: 1, delayMs: 1500 });
  await page.reload();
  await expect(page.getByRole('status', { name: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
});
