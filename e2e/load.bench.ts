import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromeFlags, lighthouseFlags, lighthouseSignedIn } from './bench/lighthouse';
import { pageReady, readMarks, watchForReady, type Marks, type ReadySpec } from './bench/marks';
import { formatTimeline, recordNetwork, type TimelineEntry } from './bench/network';
import { attachSection, type Row } from './bench/report';
import { displayName, signInOnce, type StorageState } from './bench/signed-in';
import { medianIndex } from './bench/stats';
import { describeProfile, mobileProfile, throttle } from './bench/throttle';
import { catalogOf } from './support/catalogs';
import { expect, submitSignInForm, test } from './support/fixtures';

// Every figure is printed by e2e/bench/reporter.ts and written to test-results/bench.json; none is
// asserted, so a slow machine never fails a build. Failures here mean the app did not show what a
// person would see, not that it was slow.
const runs = Number(process.env.BENCH_RUNS ?? 7);
const throttledRuns = Number(process.env.BENCH_THROTTLED_RUNS ?? 5);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

type Sample = { ms: number; kb?: number };

/** The signed-in pages measured, found by their own heading and the user's name in their main content. */
const routes = {
  profile: { path: 'profile', label: '/profile', heading: 'Profile' },
  overview: { path: '', label: '/ (overview)', heading: 'Overview' },
} as const;

async function repeat<T extends Sample>(count: number, sample: () => Promise<T>): Promise<T[]> {
  await sample(); // warm-up: the servers' and the emulator's first answers, Chromium's code caches
  const samples: T[] = [];
  for (let index = 0; index < count; index += 1) samples.push(await sample());
  return samples;
}

const row = (figure: string, samples: Sample[], note?: string): Row => ({
  figure,
  unit: 'ms',
  samples: samples.map((sample) => sample.ms),
  kb: samples[0]?.kb,
  note,
});

/** A fresh browser context: empty HTTP cache and its own connections, optionally already signed in. */
async function fresh(browser: Browser, storageState?: StorageState) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const network = await recordNetwork(await context.newCDPSession(page));
  return { context, page, network };
}

type LoadSample = Sample & { marks: Marks; polled: boolean; framed: boolean; timeline: TimelineEntry[] };

/** Navigation start → the page's heading and the user's name in its main content, in a cold signed-in context. */
async function loadSignedIn(browser: Browser, url: string, spec: ReadySpec, storageState: StorageState, throttled: boolean, locale?: string): Promise<LoadSample> {
  const context = await browser.newContext({ storageState, locale });
  try {
    await context.addInitScript(watchForReady, spec);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    if (throttled) await throttle(cdp);
    const timeout = throttled ? 60_000 : 15_000;
    // Nothing may query the page while it loads (see watchForReady): wait for its own signal, then
    // check what a person sees with the usual locators.
    const ready = pageReady(page, timeout).catch(() => undefined);
    await page.goto(url, { waitUntil: 'commit' });
    const main = page.getByRole('main');
    await ready;
    await expect(main.getByRole('heading', { level: 1, name: spec.heading })).toBeVisible({ timeout });
    await expect(main.getByText(spec.name, { exact: true }).first()).toBeVisible({ timeout });
    const { marks, fallbacks, now } = await readMarks(page);
    const polled = marks.heading === undefined || marks.content === undefined;
    const ms = polled ? now : Math.max(marks.heading!, marks.content!);
    // Requests started right before the name showed up are still in flight: let them finish for the waterfall.
    for (const deadline = Date.now() + 5_000; Date.now() < deadline && network.entries.some((entry) => entry.end === undefined); ) await page.waitForTimeout(50);
    const framed = !polled && fallbacks.some((key) => key === 'heading' || key === 'content');
    return { ms, kb: network.kb(), marks, polled, framed, timeline: await network.align(page) };
  } finally {
    await context.close();
  }
}

const pollNote = (samples: LoadSample[]) => {
  const polled = samples.filter((sample) => sample.polled).length;
  const framed = samples.filter((sample) => sample.framed).length;
  const notes = [
    polled && `${polled} of ${samples.length} runs timed by Playwright's polling: the page's marks did not match`,
    // A frame's start comes before its paint: these runs read a little fast.
    framed && `${framed} of ${samples.length} runs timed by the next frame, not by Element Timing's paint`,
  ].filter(Boolean);
  return notes.length ? notes.join('; ') : undefined;
};

test('unthrottled loads on this machine', async ({ browser, page, user, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const rows: Row[] = [];

  const startPage = await repeat(runs, async () => {
    const { context, page: cold, network } = await fresh(browser);
    const start = performance.now();
    await cold.goto(baseURL!);
    await expect(cold.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const ms = performance.now() - start;
    await context.close();
    return { ms, kb: network.kb() };
  });
  rows.push(row('start page, cold cache: "Sign in" shown', startPage, 'wall clock'));

  const signInRoundTrip = await repeat(runs, async () => {
    const { context, page: tab } = await fresh(browser);
    await tab.goto(`${baseURL}profile`);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await tab.getByLabel('Username or email').waitFor();
    const start = performance.now();
    await submitSignInForm(tab, user);
    await expect(tab.getByRole('main').getByRole('heading', { level: 1, name: routes.profile.heading })).toBeVisible();
    const ms = performance.now() - start;
    await context.close();
    return { ms };
  });
  rows.push(row('sign-in round trip: click to profile shown', signInRoundTrip, 'wall clock'));

  const signedIn = await signInOnce(page, baseURL!, user);
  for (const route of Object.values(routes)) {
    const spec = { heading: route.heading, name: displayName(user) };
    const samples = await repeat(runs, () => loadSignedIn(browser, `${baseURL}${route.path}`, spec, signedIn, false));
    rows.push(row(`${route.label}, signed in, cold cache: "${route.heading}" and name shown`, samples, pollNote(samples) ?? 'from navigation start'));
  }

  const security = await repeat(runs, async () => {
    const { context, page: warm, network } = await fresh(browser, signedIn);
    await warm.goto(`${baseURL}profile`);
    await expect(warm.getByTestId('user-name')).toBeVisible();
    const before = network.kb();
    const start = performance.now();
    await warm.getByRole('link', { name: 'Security' }).click();
    await expect(warm.getByRole('button', { name: 'Edit Username' })).toBeVisible();
    const ms = performance.now() - start;
    const kb = network.kb() - before;
    await context.close();
    return { ms, kb };
  });
  rows.push(row('profile → security, first visit: username shown', security, 'wall clock'));

  await attachSection(testInfo, {
    title: `Unthrottled, this machine (${runs} runs after a warm-up; Chromium ${browser.version()})`,
    rows,
  });
});

test('throttled signed-in loads, Lighthouse mobile profile', async ({ browser, page, user, baseURL }, testInfo) => {
  test.setTimeout(600_000);
  const signedIn = await signInOnce(page, baseURL!, user);
  const rows: Row[] = [];
  const details: string[] = [];
  const data: Record<string, unknown> = { throttling: mobileProfile };

  // The two routes, and the profile for a reader of German (the browser asks for it, so the first
  // render waits for its words).
  const throttledLoads = [
    ...Object.entries(routes).map(([key, route]) => ({ key, ...route, locale: undefined })),
    { key: 'profileGerman', path: routes.profile.path, label: '/profile in German (browser language de-DE)', heading: catalogOf('de')['profile.title']!, locale: 'de-DE' },
  ];
  for (const { key, path, label, heading, locale } of throttledLoads) {
    const spec = { heading, name: displayName(user) };
    const samples = await repeat(throttledRuns, () => loadSignedIn(browser, `${baseURL}${path}`, spec, signedIn, true, locale));
    rows.push(row(`${label}: navigation start → "${heading}" and name shown`, samples, pollNote(samples)));
    data[key] = samples.map(({ ms, kb, marks, polled, framed }) => ({ ms, kb, marks, polled, framed }));

    const median = samples[medianIndex(samples.map((sample) => sample.ms))]!;
    const marks = [
      { label: 'name in the header', at: median.marks.header },
      { label: `"${heading}" heading shown`, at: median.marks.heading },
      { label: 'name in the page content shown', at: median.marks.content },
    ].filter((mark): mark is { label: string; at: number } => mark.at !== undefined);
    details.push(
      `Waterfall of the median throttled ${label} load (${median.ms.toFixed(0)} ms; ${describeProfile()}; cold cache, signed in), ms from navigation start:`,
      ...formatTimeline(median.timeline, marks).map((line) => `  ${line}`),
    );
    data[`${key}Timeline`] = { page: label, ms: median.ms, marks: median.marks, requests: median.timeline };
  }

  await attachSection(testInfo, {
    title: `Throttled: ${describeProfile()}; cold cache, signed in (${throttledRuns} runs after a warm-up)`,
    rows,
    details,
    data,
  });
});

test('Lighthouse on the signed-in profile', async ({ user, baseURL }, testInfo) => {
  test.setTimeout(600_000);
  const lines: string[] = [];
  const session = await lighthouseSignedIn({
    url: `${baseURL}profile`,
    signInUrl: `${baseURL}profile`,
    user: { ...user, name: displayName(user) },
    runs: lighthouseRuns,
    warmUps: 1,
    onRun: (run, index, warmUp) => {
      const line =
        `${warmUp ? 'warm-up' : `run ${index}`}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}, ` +
        `LCP ${run.lcp.toFixed(0)} ms, TBT ${run.tbt.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, FCP ${run.fcp.toFixed(0)} ms, SI ${run.speedIndex.toFixed(0)} ms` +
        `${run.signedIn ? '' : ' — NOT SIGNED IN: no Account API request, the page measured was the signed-out one'}` +
        `${run.warnings.length ? ` — ${run.warnings.join('; ')}` : ''}`;
      console.log(`Lighthouse ${line}`);
      lines.push(`  ${line}`);
    },
  });

  const pick = (key: 'performance' | 'accessibility' | 'bestPractices' | 'lcp' | 'tbt' | 'cls' | 'fcp' | 'speedIndex') => session.runs.map((run) => run[key]);
  const notSignedIn = session.runs.filter((run) => !run.signedIn).length;
  const note = notSignedIn ? `${notSignedIn} of ${session.runs.length} runs NOT signed in` : undefined;
  const rows: Row[] = [
    { figure: 'performance score', unit: 'score', samples: pick('performance'), note },
    { figure: 'accessibility score', unit: 'score', samples: pick('accessibility') },
    { figure: 'best-practices score', unit: 'score', samples: pick('bestPractices') },
    { figure: 'Largest Contentful Paint', unit: 'ms', samples: pick('lcp') },
    { figure: 'Total Blocking Time', unit: 'ms', samples: pick('tbt') },
    { figure: 'Cumulative Layout Shift', unit: 'unitless', samples: pick('cls') },
    { figure: 'First Contentful Paint', unit: 'ms', samples: pick('fcp') },
    { figure: 'Speed Index', unit: 'ms', samples: pick('speedIndex') },
  ];

  // The report of the median run by performance score, for a developer to open.
  const report = session.reports[medianIndex(pick('performance'))];
  const reportPath = 'test-results/lighthouse-profile.html';
  if (report) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(reportPath, report);
  }

  const settings = `Lighthouse ${session.version} on Chromium ${session.chromium} (${chromeFlags.join(' ')}); flags ${JSON.stringify(lighthouseFlags)}; benchmarkIndex ${session.benchmarkIndex ?? '?'}`;
  await attachSection(testInfo, {
    title: `Lighthouse ${session.version}, /profile signed in, mobile, simulated throttling (median of ${session.runs.length} runs after a warm-up)`,
    rows,
    details: [
      `Lighthouse runs on the signed-in /profile (${settings}):`,
      ...lines,
      ...Object.entries(session.auditErrors).map(([id, error]) => `  audit "${id}" did not run: ${error}`),
      `  Report of the median run: ${reportPath}`,
    ],
    data: {
      version: session.version,
      chromium: session.chromium,
      chromeFlags,
      flags: lighthouseFlags,
      benchmarkIndex: session.benchmarkIndex,
      auditErrors: session.auditErrors,
      runs: session.runs,
    },
  });
});
