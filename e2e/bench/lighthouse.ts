import { chromium, expect } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../support/chromium';
import { submitSignInForm } from '../support/fixtures';

export const chromeFlags = ['--headless=new', ...chromiumArgs];

/**
 * Lighthouse's defaults (mobile form factor, simulated throttling with the mobileSlow4G profile,
 * mobile screen and user agent), spelled out so a change of Lighthouse's defaults shows up here.
 *
 * Storage: Lighthouse resets the origin before each run, and that reset empties the HTTP cache,
 * so every run is a cold load. Which kinds of storage it clears is a list; it is given here
 * without localStorage and cookies, where the app and the emulator keep the signed-in session,
 * so the reset keeps the user signed in. `disableStorageReset: true` would keep the session too
 * but also the HTTP cache, which would make every run after the first a warm-cache load.
 */
export const lighthouseFlags = {
  logLevel: 'error',
  output: 'html',
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
  disableStorageReset: false,
  clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
} satisfies Flags;

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  speedIndex: number;
  /** The run's page fetched the Account API: it really was signed in. */
  signedIn: boolean;
  warnings: string[];
};

export type LighthouseSession = {
  version: string;
  chromium: string;
  benchmarkIndex?: number;
  runs: LighthouseRun[];
  /** The HTML report of each run, to keep the median one. */
  reports: string[];
  /** Audits that could not run (id → error), e.g. where this Lighthouse no longer reads a newer Chromium's trace. */
  auditErrors: Record<string, string>;
};

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

function summarizeRun(lhr: Result): LighthouseRun {
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url?: string; statusCode?: number }> } | undefined)?.items ?? [];
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    fcp: metric(lhr, 'first-contentful-paint'),
    speedIndex: metric(lhr, 'speed-index'),
    signedIn: requests.some((request) => request.url?.includes('/api/my-account') && request.statusCode === 200),
    warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])],
  };
}

/**
 * Lighthouse on a signed-in page. The app keeps its Logto session in localStorage, which a fresh
 * browser does not have, and Lighthouse cannot sign in by itself. So this launches Chromium once
 * on a throwaway profile with a debugging port, signs in through the real UI by attaching
 * Playwright to that port, then detaches Playwright completely (so it neither emulates anything
 * on Lighthouse's tab nor slows it down) and points Lighthouse at the same port: its new tab
 * shares the profile's localStorage. chrome-launcher is Lighthouse's own launcher and knows how
 * to find the port and end the browser; Playwright's persistent context would stay attached to
 * every tab, Lighthouse's included.
 */
export async function lighthouseSignedIn(options: {
  url: string;
  signInUrl: string;
  user: { username: string; password: string; name: string };
  runs: number;
  warmUps: number;
  onRun?: (run: LighthouseRun, index: number, warmUp: boolean) => void;
}): Promise<LighthouseSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags,
    ignoreDefaultFlags: true,
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const chromiumVersion = browser.version();
    try {
      const [context] = browser.contexts();
      if (!context) throw new Error('Chromium has no default context to sign in with');
      const page = await context.newPage();
      await page.goto(options.signInUrl);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await submitSignInForm(page, options.user);
      await expect(page.getByRole('main').getByText(options.user.name, { exact: true }).first()).toBeVisible({ timeout: 30_000 });
      await page.close();
    } finally {
      // Over CDP this only disconnects: the browser, its profile and the session stay.
      await browser.close();
    }

    const session: LighthouseSession = { version: '', chromium: chromiumVersion, runs: [], reports: [], auditErrors: {} };
    for (let index = 0; index < options.warmUps + options.runs; index += 1) {
      const result = await lighthouse(options.url, { ...lighthouseFlags, port: chrome.port });
      if (!result) throw new Error('Lighthouse returned no result');
      const run = summarizeRun(result.lhr);
      const warmUp = index < options.warmUps;
      options.onRun?.(run, index, warmUp);
      session.version = result.lhr.lighthouseVersion;
      session.benchmarkIndex = result.lhr.environment.benchmarkIndex;
      for (const audit of Object.values(result.lhr.audits)) if (audit.errorMessage) session.auditErrors[audit.id] = audit.errorMessage;
      if (warmUp) continue;
      session.runs.push(run);
      session.reports.push(typeof result.report === 'string' ? result.report : result.report.join('\n'));
    }
    return session;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
