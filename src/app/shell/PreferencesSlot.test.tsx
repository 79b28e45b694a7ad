import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PreferencesSlot } from './PreferencesSlot';

vi.mock('./Preferences', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('PreferencesSlot', () => {
  it('keeps the page and the pickers’ row when their code cannot be downloaded, and says so in the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <main>
        <p>Profile</p>
        <PreferencesSlot />
      </main>,
    );
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('Could not load the theme and language pickers', expect.anything()));
    expect(screen.getByText('Profile')).toBeVisible();
    expect(container.querySelector('.min-h-10')).not.toBeNull();
    logged.mockRestore();
  });
});
