import { emulator } from './support/emulator';
import { expect, signIn, test } from './support/fixtures';

type Shifted = Window & { __layoutShift?: number };

// What the page moves on its own while it loads (layout shifts without recent input), summed as
// Chromium reports them: the skeleton must have the page's shape, the header's name must not
// change width when the account arrives, and the pickers that load last keep their place.
// The overview is not held to this yet: its skeleton is shorter than the page, so when the account
// is late the footer, a few pixels of it in view, slides below the fold (0.0013 at 1280×720).
test('the profile moves nothing while it loads, with the account fast or late', async ({ page, user }) => {
  await signIn(page, user, '/profile');
  await page.addInitScript(() => {
    (window as Shifted).__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) (window as Shifted).__layoutShift! += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const delayMs of [0, 1200]) {
    if (delayMs) await emulator.fault({ method: 'GET', path: '/api/my-account', times: 1, delayMs });
    await page.goto('/profile');
    if (delayMs) await expect(page.getByRole('status', { name: 'Loading…' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expect(page.getByRole('main').getByText(user.name ?? user.username, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    // Shifts are reported after the frame that makes them.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Shifted).__layoutShift), `account ${delayMs} ms late`).toBe(0);
  }
});
