import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../auth/SessionProvider';
import type { SessionController } from '../auth/session';
import { peekNotice, setNotice } from '../auth/session-storage';
import { BaseProviders } from '../BaseProviders';
import SignedOutPage from './SignedOutPage';

const page = () => (
  <StrictMode>
    <BaseProviders theme="light" locale="en">
      <SessionProvider session={{ signIn: async () => undefined, watchOtherTabs: () => () => undefined, subscribe: () => () => undefined, getStatus: () => 'signed-out' } as unknown as SessionController}>
        <SignedOutPage />
      </SessionProvider>
    </BaseProviders>
  </StrictMode>
);

describe('the signed-out page', () => {
  it('says why the user is here, and only on the first showing', async () => {
    setNotice('signed-out-here');
    // Rendering leaves the notice in place (a render may be redone before it shows); showing clears it.
    const { unmount } = render(page());
    expect(await screen.findByText('You signed out of this device.')).toBeVisible();
    expect(peekNotice()).toBeUndefined();
    unmount();
    render(page());
    expect(await screen.findByRole('heading', { name: 'Manage your account' })).toBeVisible();
    expect(screen.queryByText('You signed out of this device.')).toBeNull();
  });
});
