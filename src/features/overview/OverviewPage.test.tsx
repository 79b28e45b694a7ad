import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLogto, goodPassword, sampleAccount } from '@/test/fake-logto';
import { renderWithApp } from '@/test/render';
import OverviewPage from './OverviewPage';

/** What the page handed to the browser to save, read back as the user would open the file. */
function captureDownloads() {
  const files: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return files;
}

const read = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

afterEach(() => vi.restoreAllMocks());

describe('OverviewPage', () => {
  it('shows who is signed in and what to look at first', async () => {
    const logto = fakeLogto({ ...sampleAccount(), createdAt: Date.parse('2026-03-15T00:00:00Z') });
    renderWithApp(<OverviewPage />, { api: logto.client });
    expect(await screen.findByText('Member since March 2026')).toBeInTheDocument();
    expect(screen.getByText('dana · dana@example.com')).toBeInTheDocument();
    const checks = await screen.findByRole('list', { name: 'Checks' });
    // No second step yet (at risk), then worth a look, then what is fine.
    const titles = within(checks).getAllByRole('listitem').map((item) => item.querySelector('p')?.firstChild?.textContent);
    expect(titles[0]).toBe('Two-step verification');
    expect(within(checks).getAllByRole('listitem')[0]).toHaveTextContent('At risk');
    expect(screen.getByText('2 things to look at')).toBeInTheDocument();
    expect(within(checks).getByRole('link', { name: 'Set up an authenticator app' })).toHaveAttribute('href', '/security?open=totp');
  });

  it('downloads the user’s data without secrets, and with devices only after verifying', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const logto = fakeLogto();
    logto.mfa.entries.push({ id: 'totp-1', type: 'Totp', createdAt: new Date().toISOString() });
    renderWithApp(<OverviewPage />, { api: logto.client });
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Download your data' });
    expect(dialog).toHaveTextContent('Logto asks you to confirm it is you first');
    await user.click(within(dialog).getByRole('button', { name: 'Download without devices' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const plain = JSON.parse(await read(files[0]!));
    expect(plain).toMatchObject({ account: { username: 'dana' }, customData: { plan: 'pro' }, twoStepVerification: [{ type: 'Totp' }] });
    expect(plain).not.toHaveProperty('sessions');

    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Download your data' })).getByRole('button', { name: 'Verify and download' }));
    const verify = await screen.findByRole('dialog', { name: 'Verify it’s you' });
    await user.type(within(verify).getByLabelText('Current password'), goodPassword);
    await user.click(within(verify).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const full = await read(files[1]!);
    expect(JSON.parse(full)).toMatchObject({ sessions: [], appGrants: [] });
    expect(full).not.toMatch(/vid-\d|JBSWY3DPEHPK3PXP/);
  });
});
