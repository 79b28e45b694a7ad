import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SecurityPage from '../../features/security/SecurityPage';
import { fakeLogto } from '../../test/fake-logto';
import { renderWithApp, testConfig } from '../../test/render';
import { TenantLinks } from './TenantLinks';

describe('the tenant’s links', () => {
  it('lists terms, privacy, support site and email, and never a link that is not http(s) or mail', () => {
    const config = testConfig({
      signInExperience: {
        termsOfUseUrl: 'https://example.com/terms',
        privacyPolicyUrl: 'javascript:alert(1)',
        supportWebsiteUrl: 'https://example.com/help',
        supportEmail: 'help@example.com',
      },
    });
    renderWithApp(<TenantLinks />, { api: fakeLogto().client, config });
    const list = screen.getByRole('list', { name: 'Your organization’s terms and support' });
    expect(list.querySelectorAll('a')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Terms of use' })).toHaveAttribute('href', 'https://example.com/terms');
    expect(screen.getByRole('link', { name: 'Terms of use' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'Help and support' })).toHaveAttribute('href', 'https://example.com/help');
    expect(screen.getByRole('link', { name: 'Email help@example.com' })).toHaveAttribute('href', 'mailto:help@example.com');
    expect(screen.queryByRole('link', { name: 'Privacy policy' })).not.toBeInTheDocument();
  });

  it('shows nothing when the tenant has no links', () => {
    renderWithApp(<TenantLinks />, { api: fakeLogto().client, config: testConfig({ signInExperience: { termsOfUseUrl: null } }) });
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('offers account deletion where the tenant has a page for it, saying what happens', async () => {
    const config = testConfig({ accountCenter: { enabled: true, fields: { password: 'Edit' }, deleteAccountUrl: 'https://example.com/delete-me' } });
    renderWithApp(<SecurityPage />, { api: fakeLogto().client, config });
    const link = await screen.findByRole('link', { name: 'Delete account (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.com/delete-me');
    expect(screen.getByRole('region', { name: 'Delete your account' })).toHaveTextContent('cannot be undone');
  });
});
