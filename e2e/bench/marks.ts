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

type Watched = Window & { __benchMarks?: Marks; __benchFallbacks?: Array<keyof Marks> };

/**
 * Runs in the page before its own scripts (an init script, so the app's CSP does not apply).
 *
 * Nothing here polls: a watcher that runs every animation frame keeps the page producing frames
 * and, by checking visibility, forces a style and layout pass in each, which on a 4×-throttled
 * main thread cost the load it timed a few hundred milliseconds (seen in a trace). Instead:
 * - a MutationObserver looks at the DOM only when it changes, and marks the heading, the name in
 *   the main content and the header's name chip with `elementtiming` as soon as they are
 *   inserted (its callback runs before the next frame is painted);
 * - the Element Timing API then reports when each marked element's text was first painted.
 * An element whose text changed in place is never reported by Element Timing; for those, the
 * first animation frame after the change is taken instead (one frame, not a loop).
 * The test still checks the same things with role-based locators afterwards, and falls back to
 * its own (coarser) time when these plain DOM checks no longer match the page.
 */
export function watchForReady(spec: ReadySpec) {
  const marks: Marks = {};
  const fallbacks: Array<keyof Marks> = [];
  Object.assign(window as Watched, { __benchMarks: marks, __benchFallbacks: fallbacks });
  type Key = keyof Marks;
  const keys: Key[] = ['heading', 'content', 'header'];
  const tagged = new Map<Key, Element>();
  const main = () => document.querySelector('main, [role="main"]');
  const withText = (root: Element, text: string) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() === text && !node.parentElement?.closest('[aria-hidden="true"]')) return node.parentElement;
    }
    return null;
  };
  const find: Record<Key, () => Element | null | undefined> = {
    heading: () =>
      Array.from(main()?.querySelectorAll('h1, [role="heading"][aria-level="1"]') ?? []).find((h) => h.textContent?.trim() === spec.heading),
    content: () => {
      const root = main();
      return root && withText(root, spec.name);
    },
    header: () => {
      const chip = document.querySelector('[data-testid="user-name"]');
      return chip?.textContent?.trim() === spec.name ? chip : null;
    },
  };
  const readyMessage = 'bench: ready';
  let announced = false;
  const settle = (key: Key, ms: number) => {
    if (marks[key] !== undefined) return;
    marks[key] = ms;
    if (marks.heading !== undefined && marks.content !== undefined && !announced) {
      announced = true;
      // The test waits for this line instead of polling the page: a Playwright query would first
      // inject Playwright's own script, which costs a throttled phone's main thread a few hundred
      // milliseconds in the middle of the load it is timing.
      console.debug(readyMessage);
    }
    if (keys.every((each) => marks[each] !== undefined)) {
      mutations.disconnect();
      paints.disconnect();
    }
  };
  type ElementPaint = PerformanceEntry & { identifier: string; renderTime: number };
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries as ElementPaint[]) {
      const key = entry.identifier.replace(/^bench-/, '') as Key;
      if (keys.includes(key) && entry.renderTime > 0) settle(key, entry.renderTime);
    }
  };
  const paints = new PerformanceObserver((list) => record(list.getEntries()));
  paints.observe({ type: 'element', buffered: true });
  const mutations = new MutationObserver(() => {
    for (const key of keys) {
      if (marks[key] !== undefined) continue;
      const element = find[key]();
      if (!element || tagged.get(key) === element) continue;
      tagged.set(key, element);
      // Element Timing reports text for the block that lays it out, not for an inline element
      // (the name is in a <bdi>): mark the element and each ancestor up to the main landmark.
      for (let each: Element | null = element; each && each !== document.body && !each.matches('main, [role="main"]'); each = each.parentElement) {
        if (!each.hasAttribute('elementtiming')) each.setAttribute('elementtiming', `bench-${key}`);
      }
      // Text that changed in place, or a paint Element Timing does not report: the next frame.
      requestAnimationFrame((frameStart) => {
        if (tagged.get(key) !== element) return;
        const shown = element.isConnected && element.checkVisibility({ visibilityProperty: true });
        if (!shown) return;
        // Element Timing reports a paint once the frame is presented, and a busy page delivers the
        // report late: wait for it well past that before falling back (only the announcement waits;
        // the times recorded are the same).
        setTimeout(() => {
          record(paints.takeRecords());
          if (marks[key] === undefined) fallbacks.push(key);
          settle(key, frameStart);
        }, 1000);
      });
    }
  });
  mutations.observe(document, { childList: true, subtree: true, characterData: true });
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
  page.evaluate(() => ({
    marks: { ...(window as Watched).__benchMarks },
    /** Marks taken from the next animation frame because Element Timing reported no paint for them. */
    fallbacks: [...((window as Watched).__benchFallbacks ?? [])],
    now: performance.now(),
  }));
