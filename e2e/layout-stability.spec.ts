import { emulator } from './support/emulator';
import { expect, signIn, test } from './support/fixtures';

type Shifted = Window & { __layoutShift?: number };

// What the page moves on its own while it loads (layout shifts without recent input), summed as
// Chromium reports them: the skeleton stands in for the page, the header's name does not change
// width when the account arrives, the footer stays hidden until the page's height is known, and
// what comes last (the pickers, "Member since") keeps its place.
test('the profile and the overview move nothing while they load, with the account fast or late, and the two-step data late', async ({ page, user }) => {
  await signIn(page, user, '/profile');
  await page.addInitScript(() => {
    (window as Shifted).__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) (window as Shifted).__layoutShift! += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const [path, heading] of [
    ['/profile', 'Profile'],
    ['/', 'Overview'],
  ] as const) {
    for (const delayMs of [0, 1200]) {
      if (delayMs) await emulator.fault({ method: 'GET', path: '/api/my-account', times: 1, delayMs });
      await page.goto(path);
      if (delayMs) await expect(page.getByRole('status', { name: 'Loading…' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('main').getByText(user.name ?? user.username, { exact: true }).first()).toBeVisible();
      if (path === '/') await expect(page.getByText(/^Member since /)).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
      // Shifts are reported after the frame that makes them.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as Shifted).__layoutShift), `${path}, account ${delayMs} ms late`).toBe(0);
    }
  }
  // The checkup's length depends on the two-step data: when it comes late, the overview waits for it
  // behind its skeleton rather than pushing what is below the checkup down (0.03 at 1280 px, 0.12 at
  // 390 px, before).
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await emulator.fault({ method: 'GET', path: '/api/my-account/mfa-verifications', times: 2, delayMs: 1500 });
    await page.goto('/');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Shifted).__layoutShift), `/, two-step data 1500 ms late, ${viewport.width} px`).toBe(0);
  }
});
