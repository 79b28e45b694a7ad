import type { Page } from '@playwright/test';
import { useConfig, useTenantSnapshot } from './support/config';
import { emulator } from './support/emulator';
import { createUser, expect, signIn, test, verifyWithPassword } from './support/fixtures';

const github = 'GitHub (test)';

/** On the mock provider's own page: sign in as `accountId` and allow (or deny). */
async function consent(page: Page, { accountId, deny = false }: { accountId?: string; deny?: boolean } = {}) {
  await expect(page).toHaveTitle(/GitHub \(test\) – authorize/);
  if (accountId) {
    await page.getByLabel('Account ID').fill(accountId);
    await page.getByLabel('Email').fill(`${accountId}@users.github.test`);
  }
  await page.getByRole('button', { name: deny ? 'Deny' : 'Allow' }).click();
}

test('links GitHub through the provider’s consent page and shows the account and its token status', async ({ page, user }) => {
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await page.getByRole('button', { name: `Connect ${github}`, exact: true }).click();
  await verifyWithPassword(page, user.password);
  await consent(page, { accountId: 'riley-gh' });

  await expect(page).toHaveURL(/\/connections$/);
  await expect(page.getByRole('status').filter({ hasText: `${github} connected` })).toBeVisible();
  await expect(page.getByText('Connected as riley-gh@users.github.test')).toBeVisible();
  await expect(page.getByText(/Token stored · expires in/)).toBeVisible();
  expect((await emulator.getUser(user.id)).identities).toHaveProperty('github');
  // Nothing of the linking survives in this tab's storage.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('social-link')))).toEqual([]);
});

test('a provider answer with a foreign state is refused and nothing is linked', async ({ page, user }) => {
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await page.getByRole('button', { name: `Connect ${github}`, exact: true }).click();
  await verifyWithPassword(page, user.password);
  await expect(page).toHaveTitle(/GitHub \(test\) – authorize/);
  // Someone else's authorization answer lands in this tab.
  await page.goto('/social-callback?code=stolen&state=not-ours');
  await expect(page.getByRole('alert')).toHaveText(
    'This answer does not match a connection started in this browser tab, so nothing was connected. Start again from Connections.',
  );
  expect((await emulator.getUser(user.id)).identities).toEqual({});

  await page.goto('/social-callback?code=stolen');
  await expect(page.getByRole('alert')).toContainText('nothing was connected');
});

test('cancelling on the provider’s page links nothing', async ({ page, user }) => {
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await page.getByRole('button', { name: `Connect ${github}`, exact: true }).click();
  await verifyWithPassword(page, user.password);
  await consent(page, { deny: true });
  await expect(page.getByRole('alert')).toHaveText(`You cancelled connecting ${github}. Nothing was changed.`);
  await page.getByRole('link', { name: 'Back to connections' }).click();
  await expect(page.getByRole('button', { name: `Connect ${github}`, exact: true })).toBeVisible();
});

test('replaces the linked GitHub account with another one', async ({ page, user }) => {
  await emulator.updateUser(user.id, { identities: { github: { userId: 'old-gh', details: { id: 'old-gh', email: 'old@users.github.test' } } } });
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await expect(page.getByText('Connected as old@users.github.test')).toBeVisible();
  await page.getByRole('button', { name: `Use another ${github} account` }).click();
  await verifyWithPassword(page, user.password);
  await consent(page, { accountId: 'new-gh' });
  await expect(page.getByText('Connected as new-gh@users.github.test')).toBeVisible();
  expect((await emulator.getUser(user.id)).identities?.github?.userId).toBe('new-gh');
});

test('an account already linked to someone else is explained', async ({ page, user }) => {
  await createUser({ identities: { github: { userId: 'shared-gh' } } });
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await page.getByRole('button', { name: `Connect ${github}`, exact: true }).click();
  await verifyWithPassword(page, user.password);
  await consent(page, { accountId: 'shared-gh' });
  await expect(page.getByRole('alert')).toHaveText(`This ${github} account is already connected to another account.`);
});

test('unlinks after confirmation, and refuses to remove the last way to sign in', async ({ page }) => {
  const social = await createUser({ identities: { github: { userId: 'only-gh', details: { email: 'only@users.github.test' } } } });
  await useTenantSnapshot(page);
  await signIn(page, social, '/connections');
  await page.getByRole('button', { name: `Disconnect ${github}` }).click();
  await page.getByRole('dialog', { name: `Disconnect ${github}?` }).getByRole('button', { name: 'Disconnect' }).click();
  await verifyWithPassword(page, social.password);
  await expect(page.getByRole('button', { name: `Connect ${github}`, exact: true })).toBeVisible();
  expect((await emulator.getUser(social.id)).identities).toEqual({});

  // A user who signs in only with GitHub. The emulator's sign-in page takes a password, so the user
  // gets one just long enough to sign in, and is then left with GitHub alone.
  const lastOnly = await createUser({ username: null, primaryEmail: null, identities: { github: { userId: 'last-gh' } } });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
  await emulator.updateUser(lastOnly.id, { username: 'last_only', password: 'Test-passw0rd!' });
  await signIn(page, { username: 'last_only', password: 'Test-passw0rd!' }, '/connections');
  await emulator.updateUser(lastOnly.id, { username: null, password: null });
  await page.reload();
  await page.getByRole('button', { name: `Disconnect ${github}` }).click();
  const dialog = page.getByRole('dialog', { name: `Disconnect ${github}?` });
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'You need to keep at least one way to sign in (a username, email, phone or connected account).',
  );
});

test('shows the Secret Vault status in all three states and reconnecting refreshes it, never the token', async ({ page, user }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await emulator.updateUser(user.id, { identities: { github: { userId: 'gh-1', details: { email: 'gh-1@users.github.test' } } } });
  await emulator.setIdentityToken(user.id, 'github', { state: 'stored', accessToken: 'gho_secret_token_value_1', scope: 'read:user repo', expiresIn: 3600 });
  await useTenantSnapshot(page);
  await signIn(page, user, '/connections');
  await expect(page.getByText(/Token stored · expires in 1 hour \(.+\) · scopes: read:user, repo/)).toBeVisible();

  await emulator.setIdentityToken(user.id, 'github', { state: 'missing' });
  await page.reload();
  await expect(page.getByText('No token stored')).toBeVisible();

  await emulator.setIdentityToken(user.id, 'github', { state: 'expired', accessToken: 'gho_secret_token_value_2' });
  await page.reload();
  await expect(page.getByText('Expired — reconnect to keep access')).toBeVisible();

  await page.getByRole('button', { name: `Reconnect ${github}` }).click();
  await consent(page, { accountId: 'gh-1' });
  await expect(page.getByRole('status').filter({ hasText: `${github} reconnected` })).toBeVisible();
  await expect(page.getByText(/Token stored · expires in/)).toBeVisible();
  const renewed = await emulator.getIdentityToken(user.id, 'github');
  expect(renewed.state).toBe('stored');

  for (const secret of ['gho_secret_token_value_1', 'gho_secret_token_value_2', renewed.accessToken!]) {
    expect(await page.content()).not.toContain(secret);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(secret);
    expect(consoleLines.join('\n')).not.toContain(secret);
  }
});

test('shows enterprise SSO identities read-only, with token status when the snapshot maps the connector', async ({ page, user }) => {
  await emulator.updateUser(user.id, {
    ssoIdentities: [{ ssoConnectorId: 'acmessotest1', issuer: 'https://sso.acme.test', identityId: 'acme-riley', detail: { email: 'riley@acme.test' } }],
  });
  await emulator.setSsoToken(user.id, 'acmessotest1', { state: 'stored', accessToken: 'sso_secret', expiresIn: 7200 });
  // Logto's public list has no issuer; the provisioning command adds it so identities can be matched.
  await useTenantSnapshot(page, { ssoConnectors: [{ id: 'acmessotest1', connectorName: 'Acme SSO (test)', issuer: 'https://sso.acme.test' }] });
  await signIn(page, user, '/connections');
  const sso = page.getByRole('region', { name: 'Enterprise single sign-on' });
  await expect(sso.getByText('Acme SSO (test)')).toBeVisible();
  await expect(sso.getByText('Connected as riley@acme.test')).toBeVisible();
  await expect(sso.getByText(/Token stored · expires in 2 hours/)).toBeVisible();
  await expect(sso.getByRole('button')).toHaveCount(0);
});

test('explains connectors a browser cannot link', async ({ page, user }) => {
  await useConfig(page, {
    signInExperience: {
      socialConnectors: [
        { id: 'wechatnative1', target: 'wechat', name: { en: 'WeChat' }, platform: 'Native' },
        { id: 'samlsocial01', target: 'saml', name: { en: 'Corporate SAML' }, platform: 'Web' },
      ],
    },
  });
  await signIn(page, user, '/connections');
  await expect(page.getByText('Can only be connected from the mobile app.')).toBeVisible();
  await expect(page.getByText('This SAML connection cannot be added from this page.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Connect / })).toHaveCount(0);
});
