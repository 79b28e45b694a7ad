import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadArea, recordedAreas, type RecordedExchange } from './recordings.js';
import { replayArea, type Outcome } from './replay.js';
import { isEmulated, notReplayable } from './routes.js';
import { scenarios } from './scenarios.js';

const tally = { replayed: 0, 'not-emulated': 0, blocked: 0, 'not-replayable': 0 };
const count = (kind: keyof typeof tally) => {
  tally[kind] += 1;
};

const label = (exchange: RecordedExchange) =>
  `${exchange.name} (${exchange.request.method} ${exchange.request.path})`;

/**
 * Replays every recorded exchange with a real Logto, area by area, against the emulator. Exchanges
 * on routes this emulator does not serve yet show up as skipped tests named "not yet emulated".
 */
describe.each(recordedAreas())('recorded area %s', (area) => {
  const exchanges = loadArea(area);
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    outcomes = await replayArea(area);
  }, 120_000);

  exchanges.forEach((exchange, index) => {
    if (!isEmulated(exchange)) {
      count('not-emulated');
      it.skip(`not yet emulated: ${label(exchange)}`, () => undefined);
      return;
    }
    const reason = notReplayable(exchange) ?? scenarios[area]?.blocked?.[exchange.name];
    if (reason) {
      count(notReplayable(exchange) ? 'not-replayable' : 'blocked');
      it.skip(`${notReplayable(exchange) ? 'not replayable' : 'blocked'}: ${label(exchange)} — ${reason}`, () => undefined);
      return;
    }
    count('replayed');
    it(`matches ${label(exchange)}`, () => {
      const outcome = outcomes[index];
      expect(outcome?.exchange.name).toBe(exchange.name);
      expect(outcome?.kind).toBe('replayed');
      expect(outcome?.kind === 'replayed' ? outcome.problems : []).toEqual([]);
    });
  });
});

afterAll(() => {
  const total = Object.values(tally).reduce((sum, count) => sum + count, 0);
  console.info(
    `[conformance] ${total} recorded exchanges: ${tally.replayed} replayed, ` +
      `${tally['not-emulated']} not yet emulated, ${tally.blocked} blocked by a missing slice, ` +
      `${tally['not-replayable']} not replayable`
  );
});
