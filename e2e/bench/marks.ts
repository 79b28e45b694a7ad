import type { Page } from '@playwright/test';

/** What "the page shows the user" means for one route: its own heading and the user's name in its main content. */
export type ReadySpec = { heading: string; name: string };

/** Milliseconds from navigation start (the page's `performance.timeOrigin`). */
export type Marks = {
  /** The route's own level-1 heading in the main landmark. */
  heading?: number;
  /** The user's name as text of the main landmark (the header's name does not count). */
  content?: number;
  /** The header's name chip, for the timeline. */
  header?: number;
};

type Watched = Window & { __benchMarks?: Marks };

/**
 * Runs in the page before its own scripts (an init script, so the app's CSP does not apply).
 *
 * Playwright's `expect` polls at growing intervals (up to a second apart), which would round a
 * load time up by hundreds of milliseconds. The page instead checks once per animation frame,
 * right before that frame is painted, and keeps the first frame in which each thing is visible.
 * The test still waits for the same things through role-based locators, so a page whose markup
 * no longer matches these plain DOM checks falls back to the test's own (coarser) time instead
 * of reporting nothing.
 */
export function watchForReady(spec: ReadySpec) {
  const marks: Marks = {};
  (window as Watched).__benchMarks = marks;
  const shown = (element: Element | null | undefined): element is Element =>
    !!element && element.checkVisibility({ visibilityProperty: true }) && !element.closest('[aria-hidden="true"]');
  const main = () => document.querySelector('main, [role="main"]');
  const hasText = (root: Element, text: string) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() === text && shown(node.parentElement)) return true;
    }
    return false;
  };
  const checks: Record<keyof Marks, () => boolean> = {
    heading: () => {
      const root = main();
      return !!root && Array.from(root.querySelectorAll('h1, [role="heading"][aria-level="1"]')).some((h) => h.textContent?.trim() === spec.heading && shown(h));
    },
    content: () => {
      const root = main();
      return !!root && hasText(root, spec.name);
    },
    header: () => {
      const chip = document.querySelector('[data-testid="user-name"]');
      return shown(chip) && chip.textContent?.trim() === spec.name;
    },
  };
  const giveUpAt = 120_000;
  const readyMessage = 'bench: ready';
  let announced = false;
  const frame = () => {
    // One time for the whole frame: what shows in it is painted together, however long the checks take.
    const now = performance.now();
    for (const key of Object.keys(checks) as Array<keyof Marks>) {
      if (marks[key] === undefined && checks[key]()) marks[key] = now;
    }
    if (marks.heading !== undefined && marks.content !== undefined && !announced) {
      announced = true;
      // The test waits for this line instead of polling the page: a Playwright query would first
      // inject Playwright's own script, which costs a throttled phone's main thread a few hundred
      // milliseconds in the middle of the load it is timing.
      console.debug(readyMessage);
    }
    if (Object.keys(marks).length < Object.keys(checks).length && performance.now() < giveUpAt) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The console line `watchForReady` writes once the heading and the name are both shown (a literal there: it runs in the page). */
export const readyMessage = 'bench: ready';

/**
 * Resolves when the page watched by `watchForReady` shows its heading and the user's name. Start
 * waiting before the navigation; nothing is asked of the page meanwhile.
 */
export const pageReady = (page: Page, timeout: number) =>
  page.waitForEvent('console', { predicate: (message) => message.text() === readyMessage, timeout });

export const readMarks = (page: Page) =>
  page.evaluate(() => ({ marks: { ...(window as Watched).__benchMarks }, now: performance.now() }));
