import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RequestOptions } from '../../api/client';
import { fakeApi, logtoError, renderWithApp, testConfig } from '../../test/render';
import { useAccountCenterSettings } from './account-center-settings';
import { useFieldControls } from './field-controls';
import { mergeSignInExperience, useSignInExperience } from './sign-in-experience';

function Probe() {
  const { controlOf } = useFieldControls();
  const { experience } = useSignInExperience();
  const { deleteAccountUrl } = useAccountCenterSettings();
  return (
    <p>
      name: {controlOf('name') ?? 'pending'}; social: {(experience.socialConnectors ?? []).map((c) => c.target).join(',')}; delete:{' '}
      {deleteAccountUrl ?? 'none'}
    </p>
  );
}

const snapshot = {
  settingsPath: 'logto-settings/',
  publicSettings: 'auto',
  accountCenter: { enabled: true, fields: { name: 'Edit' }, deleteAccountUrl: 'https://old.test/delete' },
  signInExperience: { socialConnectors: [{ id: 'g', target: 'google', name: { en: 'Google' }, logo: '' }] },
};

const live = {
  'account-center': { enabled: true, fields: { name: 'ReadOnly' }, deleteAccountUrl: 'https://new.test/delete' },
  'sign-in-exp': { socialConnectors: [{ id: 'gh', target: 'github', name: { en: 'GitHub' }, logo: '' }] },
};

function api(settings: (path: string) => unknown) {
  return fakeApi((path: string, options: RequestOptions) => {
    if (path === '/api/my-account') return { id: 'u1', name: 'Riley' };
    expect(options.base).toBe('https://account.test/logto-settings/');
    return settings(path);
  });
}

describe('Logto’s public settings forwarded by this app’s host', () => {
  it('win over the config snapshot, which is only as fresh as the last provisioning', async () => {
    const { client } = api((path) => live[path as keyof typeof live]);
    renderWithApp(<Probe />, { api: client, config: testConfig(snapshot) });
    expect(await screen.findByText('name: ReadOnly; social: github; delete: https://new.test/delete')).toBeVisible();
  });

  it('leave the snapshot in charge when the host cannot get them', async () => {
    const { client } = api(() => {
      throw logtoError(502, 'client.unexpected_response');
    });
    renderWithApp(<Probe />, { api: client, config: testConfig(snapshot) });
    expect(await screen.findByText('name: Edit; social: google; delete: https://old.test/delete')).toBeVisible();
  });

  it('hold the Edit buttons back until they answer, instead of showing the snapshot’s first', async () => {
    const { client } = api(() => new Promise(() => undefined));
    renderWithApp(<Probe />, { api: client, config: testConfig(snapshot) });
    expect(await screen.findByText(/name: pending/)).toBeVisible();
  });

  it('are not asked for when the deployment says to skip them', async () => {
    const { client, request } = api(() => live['account-center']);
    renderWithApp(<Probe />, { api: client, config: testConfig({ ...snapshot, publicSettings: 'skip' }) });
    expect(await screen.findByText(/name: Edit/)).toBeVisible();
    expect(request.mock.calls.map(([path]) => path)).toEqual(['/api/my-account']);
  });
});

describe('merging the sign-in experience', () => {
  it('keeps the snapshot’s SSO issuers, which Logto’s public list leaves out', () => {
    const merged = mergeSignInExperience(
      { ssoConnectors: [{ id: 's1', connectorName: 'Old name', issuer: 'https://idp.test' }], passwordPolicy: { length: { min: 8 } } } as never,
      { ssoConnectors: [{ id: 's1', connectorName: 'Acme SSO' }, { id: 's2', connectorName: 'New' }] } as never,
    );
    expect(merged.ssoConnectors).toEqual([
      { id: 's1', connectorName: 'Acme SSO', issuer: 'https://idp.test' },
      { id: 's2', connectorName: 'New', issuer: undefined },
    ]);
    expect(merged.passwordPolicy).toEqual({ length: { min: 8 } });
  });
});
