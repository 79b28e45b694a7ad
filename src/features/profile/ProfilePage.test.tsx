import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/error';
import type { Account } from '../../api/types';
import { fakeApi, logtoError, renderWithApp, testConfig, type Handler } from '../../test/render';
import ProfilePage from './ProfilePage';

const baseAccount = (): Account => ({
  id: 'u1',
  username: 'dana',
  primaryEmail: 'dana@example.com',
  primaryPhone: null,
  name: 'Dana Demo',
  avatar: null,
  customData: { plan: 'pro' },
  identities: {},
  profile: { givenName: 'Dana', website: 'https://dana.example' },
  hasPassword: true,
  hasSecurityVerificationMethod: true,
});

function logto(account: Account, overrides: Handler = () => undefined) {
  return fakeApi((path, options) => {
    const answer = overrides(path, options);
    if (answer !== undefined) return answer;
    if (path === '/api/my-account' && !options.method) return structuredClone(account);
    if (path === '/api/my-account' && options.method === 'PATCH') {
      // Like Logto: a username change needs a step-up record.
      if ('username' in (options.body as object) && options.verificationId !== 'vid-1') {
        throw logtoError(401, 'verification_record.permission_denied');
      }
      Object.assign(account, options.body);
      return structuredClone(account);
    }
    if (path === '/api/my-account/profile') {
      account.profile = { ...account.profile, ...(options.body as object) };
      return structuredClone(account.profile);
    }
    if (path === '/api/verifications/password') {
      const password = (options.body as { password: string }).password;
      if (password !== 'right') throw logtoError(422, 'session.invalid_credentials');
      return { verificationRecordId: 'vid-1', expiresAt: new Date(Date.now() + 600_000).toISOString() };
    }
    throw new Error(`Unexpected call ${options.method ?? 'GET'} ${path}`);
  });
}

const editButton = (name: string) => screen.getByRole('button', { name: `Edit ${name}` });

describe('ProfilePage', () => {
  it('shows the fields Logto returns and hides the ones it leaves out', async () => {
    const account = baseAccount();
    delete account.avatar;
    renderWithApp(<ProfilePage />, { api: logto(account).client });
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByText('Dana Demo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://dana.example' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('button', { name: 'Edit Avatar' })).not.toBeInTheDocument();
    expect(screen.getByText(/"plan": "pro"/)).toBeInTheDocument();
  });

  it('saves a name, shows it and announces it', async () => {
    const user = userEvent.setup();
    const { client, request } = logto(baseAccount());
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Name' }));
    const input = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(input);
    await user.type(input, 'Dana D.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Dana D.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Name saved');
    expect(request).toHaveBeenCalledWith('/api/my-account', { method: 'PATCH', body: { name: 'Dana D.' }, verificationId: undefined });
  });

  it('checks a website before sending it and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { client, request } = logto(baseAccount());
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Website' }));
    const input = screen.getByRole('textbox', { name: 'Website' });
    await user.clear(input);
    await user.type(input, 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveAccessibleDescription(/full web address/);
    expect(input).toHaveValue('not a url');
    expect(request.mock.calls.filter(([path]) => path === '/api/my-account/profile')).toHaveLength(0);
  });

  it('keeps the input after a server error and lets Save retry', async () => {
    const user = userEvent.setup();
    let failures = 1;
    const { client } = logto(baseAccount(), (path, options) => {
      if (path === '/api/my-account/profile' && failures-- > 0) throw new ApiError({ status: 500, message: 'Internal server error.' });
      return options && undefined;
    });
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Nickname' }));
    await user.type(screen.getByRole('textbox', { name: 'Nickname' }), 'DD');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Logto could not complete this (error 500)');
    expect(screen.getByRole('textbox', { name: 'Nickname' })).toHaveValue('DD');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('DD')).toBeInTheDocument();
  });

  it('shows Logto’s validation error next to the field it concerns', async () => {
    const user = userEvent.setup();
    const { client } = logto(baseAccount(), (path, options) => {
      if (path === '/api/my-account' && options.method === 'PATCH') {
        throw logtoError(400, 'guard.invalid_input', 'The request body is invalid.', {
          issues: [{ validation: 'url', code: 'invalid_string', message: 'Invalid url', path: ['avatar'] }],
        });
      }
      return undefined;
    });
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Avatar' }));
    await user.type(screen.getByRole('textbox', { name: 'Image URL' }), 'https://cdn.example/a b.png');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Image URL' })).toHaveAccessibleDescription(/full web address/));
  });

  it('turns a row read-only when Logto says the field is not editable', async () => {
    const user = userEvent.setup();
    const { client } = logto(baseAccount(), (path, options) => {
      if (path === '/api/my-account' && options.method === 'PATCH') throw logtoError(400, 'account_center.field_not_editable', 'Field is not editable.');
      return undefined;
    });
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your organization does not allow changing this here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Name' })).not.toBeInTheDocument();
    expect(screen.getByText('Dana Demo')).toBeInTheDocument();
  });

  it('follows the field controls of the config snapshot', async () => {
    const config = testConfig({ accountCenter: { enabled: true, fields: { name: 'ReadOnly', username: 'Edit', profile: 'Off' } } });
    renderWithApp(<ProfilePage />, { api: logto(baseAccount()).client, config });
    expect(await screen.findByText('Dana Demo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Name' })).not.toBeInTheDocument();
    expect(screen.getByText('Managed by your organization.')).toBeInTheDocument();
    expect(editButton('Username')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Given name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Avatar' })).not.toBeInTheDocument();
  });

  it('asks for the password before changing the username, then saves with the record', async () => {
    const user = userEvent.setup();
    const { client, request } = logto(baseAccount());
    renderWithApp(<ProfilePage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Username' }));
    const input = screen.getByRole('textbox', { name: 'Username' });
    await user.clear(input);
    await user.type(input, 'dana_d');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Verify it’s you' });
    await user.type(within(dialog).getByLabelText('Current password'), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));
    expect(await within(dialog).findByText('That password is not correct.')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Current password'));
    await user.type(within(dialog).getByLabelText('Current password'), 'right');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('dana_d')).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith('/api/my-account', { method: 'PATCH', body: { username: 'dana_d' }, verificationId: 'vid-1' });
  });

  it('keeps the username typed when verification is cancelled', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProfilePage />, { api: logto(baseAccount()).client });
    await user.click(await screen.findByRole('button', { name: 'Edit Username' }));
    await user.type(screen.getByRole('textbox', { name: 'Username' }), '2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Verification was cancelled');
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('dana2');
  });
});
