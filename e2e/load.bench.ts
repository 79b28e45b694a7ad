import type { Browser, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, submitSignInForm, test } from './support/fixtures';

const runs = Number(process.env.BENCH_RUNS ?? 7);

type Sample = { ms: number; kb?: number };
type Result = { name: string; median: number; p90: number; kb?: number };

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** Bytes the page fetched over the network so far (compressed), from Resource Timing. */
const transferredKb = (page: Page) =>
  page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .reduce((sum, entry) => sum + ((entry as PerformanceResourceTiming).transferSize ?? 0), 0) / 1024,
  );

async function measure(name: string, sample: () => Promise<Sample>): Promise<Result> {
  await sample(); // warm-up: servers and the emulator's first answers
  const samples: Sample[] = [];
  for (let index = 0; index < runs; index += 1) samples.push(await sample());
  const times = samples.map((entry) => entry.ms);
  return { name, median: quantile(times, 0.5), p90: quantile(times, 0.9), kb: samples[0]?.kb };
}

/** A fresh browser profile (empty cache) per sample, optionally already signed in. */
async function fresh(browser: Browser, storageState?: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>) {
  const context = await browser.newContext({ storageState });
  return { context, page: await context.newPage() };
}

test('load times against the emulator (printed, not asserted)', async ({ browser, page, user, baseURL }) => {
  const results: Result[] = [];

  results.push(
    await measure('start page, cold cache: "Sign in" shown', async () => {
      const { context, page: cold } = await fresh(browser);
      const start = performance.now();
      await cold.goto(baseURL!);
      await expect(cold.getByRole('button', { name: 'Sign in' })).toBeVisible();
      const ms = performance.now() - start;
      const kb = await transferredKb(cold);
      await context.close();
      return { ms, kb };
    }),
  );

  results.push(
    await measure('sign-in round trip: click to profile shown', async () => {
      const { context, page: tab } = await fresh(browser);
      await tab.goto(`${baseURL}profile`);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByLabel('Username or email').waitFor();
      const start = performance.now();
      await submitSignInForm(tab, user);
      await expect(tab.getByRole('heading', { name: 'Profile' })).toBeVisible();
      const ms = performance.now() - start;
      await context.close();
      return { ms };
    }),
  );

  // One sign-in, then every later sample starts signed in with an empty HTTP cache.
  await page.goto(`${baseURL}profile`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  const signedIn = await page.context().storageState();

  results.push(
    await measure('profile, signed in, cold cache: name shown', async () => {
      const { context, page: cold } = await fresh(browser, signedIn);
      const start = performance.now();
      await cold.goto(`${baseURL}profile`);
      await expect(cold.getByTestId('user-name')).toHaveText('Riley Tester');
      const ms = performance.now() - start;
      const kb = await transferredKb(cold);
      await context.close();
      return { ms, kb };
    }),
  );

  results.push(
    await measure('profile → security, first visit: username shown', async () => {
      const { context, page: warm } = await fresh(browser, signedIn);
      await warm.goto(`${baseURL}profile`);
      await expect(warm.getByTestId('user-name')).toBeVisible();
      const before = await transferredKb(warm);
      const start = performance.now();
      await warm.getByRole('link', { name: 'Security' }).click();
      await expect(warm.getByRole('button', { name: 'Edit Username' })).toBeVisible();
      const ms = performance.now() - start;
      const kb = (await transferredKb(warm)) - before;
      await context.close();
      return { ms, kb };
    }),
  );

  const width = Math.max(...results.map((result) => result.name.length));
  const lines = [
    `Load times, ${runs} runs each after a warm-up (median / p90, wall clock in this browser; transferred KB of the first run):`,
    ...results.map(
      (result) =>
        `  ${result.name.padEnd(width)}  ${result.median.toFixed(0).padStart(5)} ms / ${result.p90.toFixed(0).padStart(5)} ms` +
        (result.kb === undefined ? '' : `  ${result.kb.toFixed(1).padStart(6)} KB`),
    ),
  ];
  console.log(lines.join('\n'));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', JSON.stringify({ runs, results }, null, 2));
});
