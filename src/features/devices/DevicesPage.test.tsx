import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/error';
import type { Grant, UserSession } from '@/api/sessions';
import { fakeLogto, goodPassword, sampleAccount } from '@/test/fake-logto';
import { logtoError, renderWithApp, testConfig, type Handler } from '@/test/render';
import DevicesPage from './DevicesPage';

const chromeOnLinux = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const hour = 3_600_000;

function session(uid: string, { userAgent, current = false, hoursAgo = 1, context = {} }: { userAgent: string; current?: boolean; hoursAgo?: number; context?: Record<string, string> }): UserSession {
  const login = Math.floor((Date.now() - hoursAgo * hour) / 1000);
  return {
    payload: {
      uid,
      jti: `jti-${uid}`,
      iat: login,
      exp: login + 14 * 24 * 3600,
      loginTs: login,
      accountId: 'u1',
      kind: 'Session',
      authorizations: { spa: { sid: `sid-${uid}`, grantId: `grant-${uid}`, persistsLogout: true } },
    },
    lastSubmission: { interactionEvent: 'SignIn', userId: 'u1', verificationRecords: [], signInContext: { ip: '203.0.113.9', userAgent, ...context } },
    clientId: 'spa',
    accountId: 'u1',
    expiresAt: (login + 14 * 24 * 3600) * 1000,
    isCurrent: current,
  };
}

function grant(id: string, clientId: string, name: string, scope = 'openid profile'): Grant {
  const iat = Math.floor(Date.now() / 1000) - 3600;
  return {
    id,
    payload: { exp: iat + 1000, iat, jti: id, kind: 'Grant', clientId, accountId: 'u1', openid: { scope } },
    expiresAt: (iat + 1000) * 1000,
    application: { id: clientId, name },
  };
}

/** This browser, an iPhone in Lisbon and a Windows PC, each through the account center; one third-party app. */
function tenant(override?: Handler) {
  const logto = fakeLogto(sampleAccount(), override);
  logto.devices.sessions = [
    session('here', { userAgent: chromeOnLinux, current: true }),
    session('phone', { userAgent: safariOnIphone, hoursAgo: 50, context: { country: 'PT', city: 'Lisbon' } }),
    session('pc', { userAgent: firefoxOnWindows, hoursAgo: 5 }),
  ];
  logto.devices.grants = [
    grant('grant-here', 'spa', 'Account Center'),
    grant('grant-phone', 'spa', 'Account Center'),
    grant('grant-pc', 'spa', 'Account Center'),
    grant('print-1', 'print', 'Photo Print Shop', 'openid profile email'),
    grant('print-2', 'print', 'Photo Print Shop', 'openid offline_access'),
  ];
  logto.devices.thirdPartyClients.add('print');
  return logto;
}

async function verifyWithPassword(user: UserEvent) {
  const dialog = await screen.findByRole('dialog', { name: 'Verify it’s you' });
  await user.type(within(dialog).getByLabelText('Current password'), goodPassword);
  await user.click(within(dialog).getByRole('button', { name: 'Verify' }));
}

async function openVerified(logto = tenant(), config = testConfig()) {
  const user = userEvent.setup();
  const rendered = renderWithApp(<DevicesPage />, { api: logto.client, config });
  await user.click(await screen.findByRole('button', { name: 'Verify to see your devices' }));
  await verifyWithPassword(user);
  const list = await screen.findByRole('list', { name: 'Signed-in devices' });
  return { user, logto, list, ...rendered };
}

describe('DevicesPage', () => {
  it('says why it asks for verification before listing anything', async () => {
    const logto = tenant();
    renderWithApp(<DevicesPage />, { api: logto.client });
    expect(await screen.findByText(/Logto asks you to confirm it’s you before showing it/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Signed-in devices' })).not.toBeInTheDocument();
    // No record, no request: the page waits for the user to choose to verify.
    expect(logto.request.mock.calls.map(([path]) => path)).toEqual(['/api/my-account']);
  });

  it('lists each device with its browser, system, place, time and apps, this one first', async () => {
    const { list } = await openVerified();
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Chrome on Linux');
    expect(rows[0]).toHaveTextContent('This device');
    expect(within(rows[0]!).getByRole('button', { name: 'Sign out here' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Firefox on Windows');
    expect(rows[2]).toHaveTextContent('Safari on iOS');
    expect(rows[2]).toHaveTextContent('iPhone · IP address 203.0.113.9 · Near Lisbon, Portugal');
    expect(rows[2]).toHaveTextContent(/Signed in 2 days ago/);
    expect(rows[2]).toHaveTextContent('Used with Account Center');
    expect(within(rows[2]!).queryByText('This device')).not.toBeInTheDocument();

    const apps = screen.getByRole('list', { name: 'Apps with access' });
    expect(within(apps).getAllByRole('listitem')).toHaveLength(1);
    expect(apps).toHaveTextContent('Photo Print Shop');
    expect(apps).toHaveTextContent('Can see: who you are, your name, username and picture, your email address, and your account while you are away');
  });

  it('signs another device out with its apps, naming it first', async () => {
    const { user, logto, list } = await openVerified();
    await user.click(within(list).getByRole('button', { name: 'Sign out of Safari on iOS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out of Safari on iOS?' });
    expect(dialog).toHaveTextContent('every app used there will lose access');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list).not.toHaveTextContent('Safari on iOS');
    const call = logto.request.mock.calls.find(([path, options]) => path === '/api/my-account/sessions/phone' && options?.method === 'DELETE');
    expect(call?.[1]?.query).toEqual({ revokeGrantsTarget: 'all' });
    expect(logto.devices.grants.map((entry) => entry.id)).not.toContain('grant-phone');
  });

  it('treats a device signed out meanwhile as done, with no error', async () => {
    const { user, logto, list } = await openVerified();
    logto.devices.sessions = logto.devices.sessions.filter((entry) => entry.payload.uid !== 'pc');
    await user.click(within(list).getByRole('button', { name: 'Sign out of Firefox on Windows' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out of Firefox on Windows?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(list).not.toHaveTextContent('Firefox on Windows');
  });

  it('signs this device out and leaves the signed-in state', async () => {
    const { user, list, session } = await openVerified();
    await user.click(within(list).getByRole('button', { name: 'Sign out here' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out of this device?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out here' }));
    await waitFor(() => expect(session.signOut).toHaveBeenCalledWith({ sessionEnded: true }));
  });

  it('signs out of all other devices, and on a partial failure names what is left and retries it', async () => {
    let failures = 1;
    const logto = tenant((path, options) => {
      if (path === '/api/my-account/sessions/phone' && options.method === 'DELETE' && failures-- > 0) {
        throw new ApiError({ status: 500, message: 'Internal server error.' });
      }
      return undefined;
    });
    const { user, list } = await openVerified(logto);
    await user.click(screen.getByRole('button', { name: 'Sign out of all other devices' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out of all other devices?' });
    expect(dialog).toHaveTextContent('2 devices will be signed out');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await within(dialog).findByText('Signed out of 1 of 2 devices. These are still signed in:')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Safari on iOS: Logto could not complete this (error 500).');
    await waitFor(() => expect(list).not.toHaveTextContent('Firefox on Windows'));

    await user.click(within(dialog).getByRole('button', { name: 'Try again for these' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Signed out of 2 devices')).toBeInTheDocument();
    expect(logto.devices.sessions.map((entry) => entry.payload.uid)).toEqual(['here']);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('You are not signed in anywhere else.')).toBeInTheDocument();
  });

  it('removes every grant of a third-party app', async () => {
    const { user, logto } = await openVerified();
    const apps = screen.getByRole('list', { name: 'Apps with access' });
    await user.click(within(apps).getByRole('button', { name: 'Remove access for Photo Print Shop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove access for Photo Print Shop?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    expect(await screen.findByText('No other apps have access to your account.')).toBeInTheDocument();
    expect(logto.devices.grants.map((entry) => entry.id)).toEqual(['grant-here', 'grant-phone', 'grant-pc']);
  });

  it('marks nothing as this device when Logto says none is, and offers to sign out of all of them', async () => {
    const logto = tenant();
    logto.devices.sessions = logto.devices.sessions.map((entry) => ({ ...entry, isCurrent: false }));
    const { list } = await openVerified(logto);
    expect(within(list).queryByText('This device')).not.toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Sign out here' })).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Sign out of Chrome on Linux' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out of all devices' })).toBeInTheDocument();
  });

  it('shows the lists without any way to change them when the tenant makes them read-only', async () => {
    const config = testConfig({ accountCenter: { enabled: true, fields: { session: 'ReadOnly' } } });
    const { list } = await openVerified(tenant(), config);
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Sign out/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove access/ })).not.toBeInTheDocument();
    expect(screen.getAllByText('Managed by your organization.')).toHaveLength(2);
  });

  it('says the area is off when the tenant turns it off, without asking Logto', async () => {
    const logto = tenant();
    const config = testConfig({ accountCenter: { enabled: true, fields: { session: 'Off' } } });
    renderWithApp(<DevicesPage />, { api: logto.client, config });
    expect(await screen.findByText('Your organization does not show devices and apps here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify to see your devices' })).not.toBeInTheDocument();
    expect(logto.request.mock.calls.filter(([path]) => path.includes('sessions') || path.includes('grants'))).toEqual([]);
  });

  it('takes Logto’s word that the area is off when no setting said so', async () => {
    const logto = tenant((path) => {
      if (path === '/api/my-account/sessions' || path === '/api/my-account/grants') throw logtoError(400, 'account_center.field_not_enabled');
      return undefined;
    });
    const user = userEvent.setup();
    renderWithApp(<DevicesPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Verify to see your devices' }));
    await verifyWithPassword(user);
    expect(await screen.findByText('Your organization does not show devices and apps here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify to see your devices' })).not.toBeInTheDocument();
  });

  it('stops offering changes once Logto refuses one, and says why next to it', async () => {
    const logto = tenant((_path, options) =>
      options.method === 'DELETE' ? Promise.reject(logtoError(400, 'account_center.field_not_editable')) : undefined,
    );
    const { user, list } = await openVerified(logto);
    await user.click(within(list).getByRole('button', { name: 'Sign out of Safari on iOS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out of Safari on iOS?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your organization does not allow changing this here.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(list).queryByRole('button', { name: /Sign out/ })).not.toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('offers to try again when Logto cannot be reached', async () => {
    let down = true;
    const logto = tenant((path) => {
      if (down && path === '/api/my-account/sessions') throw logtoError(0, 'client.network_error', 'Network request failed.');
      return undefined;
    });
    const user = userEvent.setup();
    renderWithApp(<DevicesPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Verify to see your devices' }));
    await verifyWithPassword(user);
    expect(await screen.findByText('Could not reach Logto. Check your connection and try again.')).toBeInTheDocument();
    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Signed-in devices' })).toBeInTheDocument();
  });
});
