import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/error';
import type { Account } from '../../api/types';
import { fakeLogto, sampleAccount } from '../../test/fake-logto';
import { logtoError, renderWithApp, testConfig, type Handler } from '../../test/render';
import ProfilePage from './ProfilePage';

const baseAccount = sampleAccount;
const logto = (account: Account, overrides?: Handler) => fakeLogto(account, overrides);

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
    const config = testConfig({ accountCenter: { enabled: true, fields: { name: 'ReadOnly', avatar: 'Edit', profile: 'Off' } } });
    renderWithApp(<ProfilePage />, { api: logto(baseAccount()).client, config });
    expect(await screen.findByText('Dana Demo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Name' })).not.toBeInTheDocument();
    expect(screen.getByText('Managed by your organization.')).toBeInTheDocument();
    expect(editButton('Avatar')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Given name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Username' })).not.toBeInTheDocument();
  });

});
