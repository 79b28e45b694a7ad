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
 * What two full scans may add to a test's run time. Measured on the two-core CI machine with a
 * load average around 4.5: 1.6 to 3.4 s a scan, so a light+dark pair takes 3.5 to 7 s.
 */
const scanPairBudgetMs = 10_000;

/** Scans the page as it is now in the light theme, then in the dark one, and restores the theme. */
export async function expectAccessible(page: Page, label: string) {
  // Each pair of scans brings its own time, so a test's budget grows with the scans it makes
  // instead of a scan-heavy test failing on a busy machine.
  test.info().setTimeout(test.info().timeout + scanPairBudgetMs);
  const original = await page.evaluate(() => document.documentElement.dataset.theme);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
      document.documentElement.style.colorScheme = value;
    }, theme);
    await scan(page, `${label}, ${theme}`);
  }
  await page.evaluate((value) => {
    if (value) document.documentElement.dataset.theme = value;
  }, original);
}
