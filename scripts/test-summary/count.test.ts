import { describe, expect, it } from 'vitest';
import { countTests } from './count.mjs';

const vitest = { numPassedTests: 900, numFailedTests: 0, testResults: [{ status: 'passed', assertionResults: [{}] }] };
const e2e = (stats: Record<string, number>, errors: Array<{ message: string }> = []) => ({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats }, errors });

describe('the test summary', () => {
  it('adds up two green reports', () => {
    expect(countTests({ vitest, e2e: e2e({ expected: 110 }) })).toMatchObject({ passed: 1010, failed: 0 });
  });

  it('counts failed tests, flaky ones as passed, and a test file that did not load', () => {
    const broken = { ...vitest, numFailedTests: 2, testResults: [...vitest.testResults, { status: 'failed', assertionResults: [] }] };
    expect(countTests({ vitest: broken, e2e: e2e({ expected: 100, flaky: 2, unexpected: 3 }) })).toMatchObject({ passed: 1002, failed: 6 });
  });

  it('counts a web server that did not start (errors, no test) as failed', () => {
    const report = e2e({}, [{ message: 'Error: http://localhost:4173 is already used, make sure that nothing is running on the port\nmore' }]);
    const result = countTests({ vitest, e2e: report });
    expect(result.failed).toBe(2);
    expect(result.notes.join(' ')).toContain('already used');
    expect(result.notes.join(' ')).toContain('executed no test');
  });

  it('counts an error outside any test even when the tests passed', () => {
    expect(countTests({ vitest, e2e: e2e({ expected: 110 }, [{ message: 'worker crashed' }]) }).failed).toBe(1);
  });

  it('counts a missing report as failed', () => {
    expect(countTests({ vitest: undefined, e2e: undefined })).toMatchObject({ passed: 0, failed: 2 });
  });
});
