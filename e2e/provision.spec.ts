import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useConfig } from './support/config';
import { allowedHostUrl, appUrl, emulatorUrl } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const run = promisify(execFile);

/** `npm run provision` as a deployment runs it, against the emulator's Management API. */
async function provision(dir: string) {
  const { stdout } = await run(
    'node_modules/.bin/tsx',
    ['scripts/provision/main.ts', '--settings', join(dir, 'settings.json'), '--out', join(dir, 'config.json')],
    {
      env: {
        ...process.env,
        LOGTO_ENDPOINT: emulatorUrl,
        LOGTO_M2M_CLIENT_ID: 'm2m-provisioner',
        LOGTO_M2M_CLIENT_SECRET: 'emulator-provisioner-secret',
      },
    },
  );
  return stdout;
}

test('a deployment set up by the provisioning command signs in with its new app and follows its settings', async ({ page, user }) => {
  const dir = await mkdtemp(join(tmpdir(), 'provision-e2e-'));
  try {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({
        app: { name: `Account center e2e ${Date.now()}` },
        urls: [appUrl],
        accountCenter: { fields: { name: 'ReadOnly' } },
        embed: { allowedOrigins: [new URL(allowedHostUrl).origin] },
        publicSettings: 'skip',
      }),
    );
    const first = await provision(dir);
    expect(first).toContain('created');
    expect(first).toContain(`added ${appUrl}callback`);
    const written = await readFile(join(dir, 'config.json'), 'utf8');
    expect(await provision(dir)).toBe('no changes\n');
    expect(await readFile(join(dir, 'config.json'), 'utf8')).toBe(written);

    // The app runs on exactly what the command wrote: its own app id, the field snapshot.
    const config = JSON.parse(written) as { appId: string };
    expect(config.appId).not.toBe('account-center-demo');
    await useConfig(page, written);
    await signIn(page, user);
    await expect(page.getByText('Riley Tester').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit Name' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit Given name' })).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
