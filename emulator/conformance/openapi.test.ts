import { beforeAll, describe, expect, it } from 'vitest';

import { OpenApiResponses } from './openapi.js';
import { pathnameOf, recordedAreas } from './recordings.js';
import { replayArea, type Outcome } from './replay.js';

/**
 * Every JSON body the conformance replay produced, for a route and status that Logto's
 * `user.openapi.json` gives a schema for, must validate against that schema.
 */
describe('emulator responses vs user.openapi.json', () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    for (const area of recordedAreas()) {
      outcomes.push(...(await replayArea(area)));
    }
  }, 300_000);

  it('validates every 2xx JSON body that has a declared schema', () => {
    const openapi = new OpenApiResponses();
    const failures: string[] = [];
    let validated = 0;

    for (const outcome of outcomes) {
      if (outcome.kind !== 'replayed' || outcome.response.json === undefined) {
        continue;
      }
      const { request } = outcome.exchange;
      const validate = openapi.validatorFor(request.method, pathnameOf(request.path), outcome.response.status);
      if (!validate) {
        continue;
      }
      validated += 1;
      if (!validate(outcome.response.json)) {
        failures.push(
          `${outcome.exchange.name}: ${(validate.errors ?? [])
            .map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`)
            .join('; ')}`
        );
      }
    }

    console.info(`[openapi] validated ${validated} response bodies`);
    expect(validated).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});
