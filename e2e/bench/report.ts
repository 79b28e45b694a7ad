import type { TestInfo } from '@playwright/test';

/** One printed figure: its raw samples travel along so the JSON keeps them. */
export type Row = {
  figure: string;
  unit: 'ms' | 'score' | 'unitless';
  samples: number[];
  /** Bytes on the wire of one representative run, where it means something. */
  kb?: number;
  note?: string;
};

export type Section = {
  title: string;
  rows: Row[];
  /** Printed above the final table, e.g. a waterfall. */
  details?: string[];
  /** Anything else worth keeping in test-results/bench.json. */
  data?: Record<string, unknown>;
};

export const attachmentName = 'bench-section';

/**
 * Hands a section to the bench reporter. Going through an attachment (rather than module state in
 * the worker) keeps the figures of earlier tests when a later one fails and Playwright replaces
 * the worker, and lets the reporter print the one table after the list reporter is done.
 */
export const attachSection = (testInfo: TestInfo, section: Section) =>
  testInfo.attach(attachmentName, { body: JSON.stringify(section), contentType: 'application/json' });
