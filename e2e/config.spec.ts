import { useConfig } from './support/config';
import { subPathAppUrl } from './support/env';
import { expect, signIn, submitSignInForm, test } from './support/fixtures';

test('a config.json that is not JSON gets a page naming the file and the fix', async ({ page }) => {
  await useConfig(page, '{"endpoint": "http://localhost:3101",');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The account center is not set up correctly' })).toBeVisible();
  await expect(page.getByRole('listitem')).toContainText('config.json is not valid JSON');
  await expect(page.getByRole('listitem')).toContainText('Serve a valid config.json next to index.html');
});

test('a config.json with bad fields names each one and how to fix it', async ({ page }) => {
  await useConfig(page, { endpoint: 'not a url', appId: '', scopes: ['profile'] });
  await page.goto('/profile');
  const problems = page.getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('endpoint is not an http(s) URL: “not a url”.');
  await expect(problems.nth(0)).toContainText('Set “endpoint” to your Logto URL');
  await expect(problems.nth(1)).toContainText('appId is missing.');
  await expect(problems.nth(2)).toContainText('scopes must include “openid”');
});

test('the same build works under a sub-path, deep links and the sign-in callback included', async ({ page, user }) => {
  await page.goto(`${subPathAppUrl}profile`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page).toHaveURL(`${subPathAppUrl}profile`);
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');
  await page.reload();
  await expect(page.getByTestId('user-name')).toHaveText('Riley Tester');
});

test('deep links work after a reload at the root too', async ({ page, user }) => {
  await signIn(page, user);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('theme and language can be switched and are remembered', async ({ page, user }) => {
  await signIn(page, user);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '个人资料' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { name: '个人资料' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('follows the system colour scheme by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
