import type { Frame, Page } from '@playwright/test';
import { allowedHostUrl, appId, appUrl, noRewriteAppUrl, otherHostUrl } from './support/env';
import { expect, signIn, submitSignInForm, test } from './support/fixtures';

const hostPage = (app = `${appUrl}profile`, host = allowedHostUrl) => `${host}example.html?app=${encodeURIComponent(app)}`;

function accountFrame(page: Page) {
  return page.frameLocator('iframe[title="Account settings"]');
}

async function frameHeightMatchesContent(page: Page) {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(appUrl)) as Frame;
  const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const box = await page.locator('iframe[title="Account settings"]').evaluate((element) => element.getBoundingClientRect().height);
  return Math.abs(content - box) <= 1;
}

test('signs in from inside the host’s iframe through a popup and shows the account', async ({ page, user }) => {
  await page.goto(hostPage());
  const frame = accountFrame(page);
  await expect(frame.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('button', { name: 'Sign in' }).click()]);
  await expect(frame.getByText('Continue in the sign-in window.', { exact: false })).toBeVisible();
  await submitSignInForm(popup, user);
  await popup.waitForEvent('close');
  await expect(frame.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(frame.getByTestId('user-name')).toHaveText('Riley Tester');
  await expect(page.locator('#events')).toContainText('route-changed {"path":"/profile"}');

  // Signing out inside the frame stays inside it: the host hears about it, the frame starts over.
  await frame.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('#events')).toContainText('signed-out');
  await expect(frame.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a blocked popup is explained and can be opened again from a click', async ({ page, user }) => {
  await page.goto(hostPage());
  const frame = accountFrame(page);
  // Stands in for a popup blocker: window.open answers null until the user clicks again.
  const appFrame = page.frames().find((candidate) => candidate.url().startsWith(appUrl))!;
  await appFrame.evaluate(() => {
    const open = window.open.bind(window);
    let blocked = true;
    window.open = (...args) => (blocked ? ((blocked = false), null) : open(...args));
  });
  await frame.getByRole('button', { name: 'Sign in' }).click();
  await expect(frame.getByRole('alert')).toContainText('Your browser blocked the sign-in window.');
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('button', { name: 'Open the sign-in window' }).click()]);
  await submitSignInForm(popup, user);
  await expect(frame.getByRole('heading', { name: 'Profile' })).toBeVisible();
});

test('host-token mode shows the account with the host’s token, no second sign-in', async ({ page, context, user }) => {
  // The host signed the user in with Logto itself; here, through this app at the top level.
  await signIn(page, user);
  const token = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}')['@']?.token as string, `logto:${appId}:accessToken`);
  expect(token).toBeTruthy();
  await context.addInitScript((value) => {
    if (location.origin === 'http://127.0.0.1:4175') (window as unknown as { accountCenterHostToken: string }).accountCenterHostToken = value;
  }, token);

  const host = await context.newPage();
  await host.goto(hostPage());
  const frame = accountFrame(host);
  await expect(frame.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  // The host grows the frame to the page a moment after it renders; a click aimed while the frame was
  // still short (its document scrolled to the button) would land where the button no longer is.
  await expect.poll(() => frameHeightMatchesContent(host)).toBe(true);

  await frame.getByRole('button', { name: 'Edit Nickname' }).click();
  await frame.getByRole('textbox', { name: 'Nickname' }).fill('Ry');
  await frame.getByRole('button', { name: 'Save' }).click();
  await expect(host.locator('#events')).toContainText(`account-changed {"change":"profile","userId":"${user.id}"}`);
  await expect(host.locator('#events')).not.toContainText('Ry');
});

test('the host sizes the frame to its content as it changes', async ({ page, user }) => {
  await page.goto(hostPage());
  const frame = accountFrame(page);
  await expect(frame.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await expect.poll(() => frameHeightMatchesContent(page)).toBe(true);
  const small = await page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);

  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('button', { name: 'Sign in' }).click()]);
  await submitSignInForm(popup, user);
  await expect(frame.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect.poll(() => frameHeightMatchesContent(page)).toBe(true);
  expect(await page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(small);

  // No scrollbar inside the frame: its document is exactly as tall as the frame.
  const appFrame = page.frames().find((candidate) => candidate.url().startsWith(appUrl))!;
  expect(await appFrame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(1);
});

test('theme and language set by the host apply inside the frame', async ({ page }) => {
  await page.goto(hostPage());
  const frame = accountFrame(page);
  await expect(frame.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(frame.getByRole('heading', { name: '管理你的账户' })).toBeVisible();
});

test('a site that is not allowed to embed the app gets no account UI', async ({ page }) => {
  await page.goto(hostPage(`${appUrl}profile`, otherHostUrl));
  const frame = accountFrame(page);
  await expect(frame.getByRole('heading', { name: 'Your account cannot be shown here' })).toBeVisible();
  await expect(frame.getByRole('button')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open account settings' })).toHaveAttribute('target', '_blank');
});

test('messages from another origin are ignored, with a warning that carries none of their data', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(hostPage());
  const frame = accountFrame(page);
  await expect(frame.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  // A frame from another site on the same host page tries to steer the account frame.
  await page.evaluate((url) => {
    const sibling = document.createElement('iframe');
    sibling.src = url;
    sibling.title = 'Another site';
    document.body.append(sibling);
  }, `${otherHostUrl}blank.html`);
  const sibling = page.frameLocator('iframe[title="Another site"]');
  await expect(sibling.getByText('Another site')).toBeVisible();
  const siblingFrame = page.frames().find((candidate) => candidate.url().startsWith(otherHostUrl))!;
  await siblingFrame.evaluate(() =>
    window.parent.frames[0]!.postMessage({ protocol: 'logto-account-center', version: 1, type: 'set-theme', theme: 'dark', secret: 'leak-me' }, '*'),
  );
  await expect.poll(() => warnings.length).toBeGreaterThan(0);
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  expect(warnings.join('\n')).not.toContain('leak-me');
});

test('deep links and the sign-in callback work under a sub-path on a host without rewrites', async ({ page, user }) => {
  const response = await page.goto(`${noRewriteAppUrl}security`);
  expect(response?.status()).toBe(404);
  // No headers there: the policy comes from the <meta> tag deploy/github-pages adds.
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page).toHaveURL(`${noRewriteAppUrl}security`);
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
});

test('the strict Content-Security-Policy reports what it blocks, and the app triggers none of it', async ({ page, cspViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  // An inline script is exactly what the policy forbids: the report proves the check is live.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
  });
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' });
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  cspViolations.length = 0;
});
