import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeLogto, goodCode, goodPassword } from '../../test/fake-logto';
import { renderWithApp, testConfig } from '../../test/render';
import { MfaSection } from './MfaSection';

async function verifyWithPassword(user: UserEvent) {
  const dialog = await screen.findByRole('dialog', { name: 'Verify it’s you' });
  await user.type(within(dialog).getByLabelText('Current password'), goodPassword);
  await user.click(within(dialog).getByRole('button', { name: 'Verify' }));
}

describe('MfaSection', () => {
  it('sets up an authenticator app after verifying, with the key shown for typing', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto();
    renderWithApp(<MfaSection />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Set up' }));
    await verifyWithPassword(user);
    const dialog = await screen.findByRole('dialog', { name: 'Set up an authenticator app' });
    expect(await within(dialog).findByTestId('totp-key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    await user.type(within(dialog).getByRole('textbox', { name: 'Code from the app' }), '000000');
    await user.click(within(dialog).getByRole('button', { name: 'Verify and turn on' }));
    expect(await within(dialog).findByText(/That code is not right/)).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Code from the app' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Code from the app' }), goodCode);
    await user.click(within(dialog).getByRole('button', { name: 'Verify and turn on' }));
    expect(await screen.findByText(/^Set up /)).toBeInTheDocument();
    expect(logto.mfa.entries.map((entry) => entry.type)).toEqual(['Totp']);
  });

  it('explains that backup codes need another factor first', async () => {
    renderWithApp(<MfaSection />, { api: fakeLogto().client });
    expect(await screen.findByText(/backup codes cannot be your only second step/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Get codes' })).not.toBeInTheDocument();
  });

  it('saves backup codes only once the user says they kept them', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto();
    logto.mfa.entries.push({ id: 'totp-1', type: 'Totp', createdAt: new Date().toISOString() });
    renderWithApp(<MfaSection />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Get codes' }));
    await verifyWithPassword(user);
    const dialog = await screen.findByRole('dialog', { name: 'Your backup codes' });
    expect(await within(dialog).findAllByRole('listitem')).toHaveLength(10);
    const done = within(dialog).getByRole('button', { name: 'Turn on backup codes' });
    expect(done).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await user.click(done);
    expect(await screen.findByText('10 codes left')).toBeInTheDocument();
    expect(logto.mfa.backupCodes).toHaveLength(10);
  });

  it('turns the sign-in requirement off and on with a step-up', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto();
    logto.mfa.entries.push({ id: 'totp-1', type: 'Totp', createdAt: new Date().toISOString() });
    renderWithApp(<MfaSection />, { api: logto.client });
    const toggle = await screen.findByRole('switch', { name: 'Ask for a second step when I sign in' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await user.click(toggle);
    await verifyWithPassword(user);
    await screen.findByRole('switch', { checked: false });
    expect(logto.mfa.skipMfaOnSignIn).toBe(true);
  });

  it('hides the switch when the tenant makes MFA mandatory', async () => {
    const logto = fakeLogto();
    logto.mfa.entries.push({ id: 'totp-1', type: 'Totp', createdAt: new Date().toISOString() });
    const config = testConfig({ signInExperience: { mfa: { factors: ['Totp'], policy: 'PromptAtSignInAndSignUpMandatory' } } });
    renderWithApp(<MfaSection />, { api: logto.client, config });
    expect(await screen.findByText('Authenticator app')).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByText('Passkeys')).not.toBeInTheDocument();
  });

  it('is absent when the tenant turns MFA off', async () => {
    const config = testConfig({ accountCenter: { enabled: true, fields: { mfa: 'Off' } } });
    const logto = fakeLogto();
    renderWithApp(<MfaSection />, { api: logto.client, config });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Two-step verification' })).not.toBeInTheDocument();
    expect(logto.request.mock.calls.some(([path]) => String(path).includes('mfa'))).toBe(false);
  });
});
