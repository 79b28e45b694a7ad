// Counts one run's tests from the Vitest and Playwright JSON reports. A report that is missing,
// a test file that failed to load, a run-level error (a web server that did not start, a crash
// outside any test) and an end-to-end run that executed no test all count as failures: a suite
// that did not really run must never make the line look green.

/** @param {{ vitest?: any, e2e?: any }} reports @returns {{ passed: number, failed: number, notes: string[] }} */
export function countTests({ vitest, e2e }) {
  let passed = 0;
  let failed = 0;
  const notes = [];

  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
    failed += (vitest.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
  } else {
    failed += 1;
    notes.push('Missing report: vitest');
  }

  if (e2e) {
    const stats = e2e.stats ?? {};
    const ran = (stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    const errors = (e2e.errors ?? []).length;
    if (errors) notes.push(`${errors} end-to-end run error(s) outside any test: ${(e2e.errors[0].message ?? '').split('\n')[0]}`);
    failed += errors;
    if (ran === 0) {
      failed += 1;
      notes.push('The end-to-end run executed no test');
    }
    if (stats.skipped) notes.push(`${stats.skipped} end-to-end tests skipped`);
  } else {
    failed += 1;
    notes.push('Missing report: e2e');
  }

  return { passed, failed, notes };
}
