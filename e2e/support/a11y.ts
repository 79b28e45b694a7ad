import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function scan(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  }));
  expect(summary, `axe violations (${label})`).toEqual([]);
}

/**
 * The most one scan may take before the test fails: measured 1.6 to 3.4 s on the two-core CI
 * machine at a load average around 4.5; a busier machine takes longer (see the `axe scan`
 * annotations in test-results/e2e.json).
 */
const scanCeilingMs = 60_000;

/**
 * Scans the page as it is now in the light theme, then in the dark one, and restores the theme.
 * Each scan's own time is added to the test's budget (a scan may take up to `scanCeilingMs`), so
 * a test's limit covers only what the test itself does, however many scans it makes and however
 * busy the machine is.
 */
export async function expectAccessible(page: Page, label: string) {
  const original = await page.evaluate(() => document.documentElement.dataset.theme);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
      document.documentElement.style.colorScheme = value;
    }, theme);
    const budget = test.info().timeout;
    test.info().setTimeout(budget + scanCeilingMs);
    const started = Date.now();
    await scan(page, `${label}, ${theme}`);
    const took = Date.now() - started;
    test.info().setTimeout(budget + took);
    // In the JSON report, for measuring scans on a busy machine.
    test.info().annotations.push({ type: 'axe scan', description: `${label}, ${theme}: ${took} ms` });
  }
  await page.evaluate((value) => {
    if (value) document.documentElement.dataset.theme = value;
  }, original);
}
