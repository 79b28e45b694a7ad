import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeLogto, goodCode, goodPassword, sampleAccount } from '../../test/fake-logto';
import { logtoError, renderWithApp } from '../../test/render';
import SecurityPage from './SecurityPage';

async function verifyWithPassword(user: UserEvent, password = goodPassword) {
  const dialog = await screen.findByRole('dialog', { name: 'Verify it’s you' });
  await user.type(within(dialog).getByLabelText('Current password'), password);
  await user.click(within(dialog).getByRole('button', { name: 'Verify' }));
}

describe('SecurityPage', () => {
  it('changes the username after verifying, then reuses the record', async () => {
    const user = userEvent.setup();
    const { client, request } = fakeLogto();
    renderWithApp(<SecurityPage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Edit Username' }));
    const input = screen.getByRole('textbox', { name: 'Username' });
    await user.clear(input);
    await user.type(input, 'dana_d');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await verifyWithPassword(user);
    expect(await screen.findByText('dana_d')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Username' }));
    await user.clear(screen.getByRole('textbox', { name: 'Username' }));
    await user.type(screen.getByRole('textbox', { name: 'Username' }), 'dana_e');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('dana_e')).toBeInTheDocument();
    expect(request.mock.calls.filter(([path]) => path === '/api/verifications/password')).toHaveLength(1);
  });

  it('keeps the username typed when verification is cancelled', async () => {
    const user = userEvent.setup();
    renderWithApp(<SecurityPage />, { api: fakeLogto().client });
    await user.click(await screen.findByRole('button', { name: 'Edit Username' }));
    await user.type(screen.getByRole('textbox', { name: 'Username' }), '2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Verification was cancelled');
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('dana2');
  });

  it('changes the email: verify identity, send a code to the new address, bind with both records', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto();
    renderWithApp(<SecurityPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Change email address' }));
    await verifyWithPassword(user);

    const dialog = await screen.findByRole('dialog', { name: 'Change your email address' });
    await user.type(within(dialog).getByRole('textbox', { name: 'New email address' }), 'new@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send code' }));
    await user.type(await within(dialog).findByRole('textbox', { name: 'Verification code' }), '000000');
    expect(await within(dialog).findByText('That code is not right. Check it and try again.')).toBeInTheDocument();
    const code = within(dialog).getByRole('textbox', { name: 'Verification code' });
    await user.clear(code);
    await user.type(code, goodCode);

    expect(await screen.findByText('new@example.com')).toBeInTheDocument();
    expect(logto.account.primaryEmail).toBe('new@example.com');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends the new email address back to its field when it belongs to someone else', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto(sampleAccount(), (path) => {
      if (path === '/api/my-account/primary-email') throw logtoError(422, 'user.email_already_in_use');
      return undefined;
    });
    renderWithApp(<SecurityPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Change email address' }));
    await verifyWithPassword(user);
    const dialog = await screen.findByRole('dialog', { name: 'Change your email address' });
    await user.type(within(dialog).getByRole('textbox', { name: 'New email address' }), 'taken@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send code' }));
    await user.type(await within(dialog).findByRole('textbox', { name: 'Verification code' }), goodCode);
    const field = await within(dialog).findByRole('textbox', { name: 'New email address' });
    expect(field).toHaveValue('taken@example.com');
    expect(field).toHaveAccessibleDescription('This email address belongs to another account.');
  });

  it('removes the phone after confirmation', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto({ ...sampleAccount(), primaryPhone: '12015550123' });
    renderWithApp(<SecurityPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Remove phone number' }));
    await verifyWithPassword(user);
    const dialog = await screen.findByRole('dialog', { name: 'Remove your phone number?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('button', { name: 'Add phone number' })).toBeInTheDocument();
    expect(logto.account.primaryPhone).toBeNull();
  });

  it('lets a user without any verification method set a first password without a dialog', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto({ ...sampleAccount(), primaryEmail: null, hasPassword: false, hasSecurityVerificationMethod: false });
    renderWithApp(<SecurityPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Set password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a password' });
    await user.type(within(dialog).getByLabelText('New password'), 'Long-enough-1');
    await user.type(within(dialog).getByLabelText('Confirm new password'), 'Long-enough-1');
    await user.click(within(dialog).getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Set')).toBeInTheDocument();
    expect(logto.account.hasPassword).toBe(true);
  });

  it('shows which rules Logto rejected a password for, keeping the input', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto(sampleAccount(), (path) => {
      if (path === '/api/my-account/password') {
        throw logtoError(422, 'password.rejected', 'Password rejected.', [
          { code: 'password_rejected.restricted.sequence' },
          { code: 'password_rejected.restricted.user_info' },
        ]);
      }
      return undefined;
    });
    renderWithApp(<SecurityPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Change password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change your password' });
    await user.type(within(dialog).getByLabelText('New password'), 'dana12345678');
    await user.type(within(dialog).getByLabelText('Confirm new password'), 'dana12345678');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    await verifyWithPassword(user);
    expect(await within(dialog).findByText('It uses a sequence such as 1234 or abcd.')).toBeInTheDocument();
    expect(within(dialog).getByText('It contains your name, username, email or phone.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('New password')).toHaveValue('dana12345678');
  });

  it('checks length and confirmation before asking Logto', async () => {
    const user = userEvent.setup();
    const { client, request } = fakeLogto();
    renderWithApp(<SecurityPage />, { api: client });
    await user.click(await screen.findByRole('button', { name: 'Change password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change your password' });
    await user.type(within(dialog).getByLabelText('New password'), 'short');
    await user.type(within(dialog).getByLabelText('Confirm new password'), 'shorter');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(within(dialog).getByLabelText('New password')).toHaveAccessibleDescription('This password does not meet the requirements below.');
    expect(within(dialog).getByLabelText('Confirm new password')).toHaveAccessibleDescription('The passwords do not match.');
    expect(request.mock.calls.some(([path]) => path === '/api/my-account/password')).toBe(false);
  });
});
