import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadArea, recordedAreas, type RecordedExchange } from './recordings.js';
import { replayArea, type Outcome } from './replay.js';
import { isEmulated, notReplayable } from './routes.js';
import { scenarios } from './scenarios.js';

type Kind = 'replayed' | 'not-emulated' | 'blocked' | 'not-replayable';

const label = (exchange: RecordedExchange) =>
  `${exchange.name} (${exchange.request.method} ${exchange.request.path})`;

const classify = (area: string, exchange: RecordedExchange): { kind: Kind; reason?: string } => {
  if (!isEmulated(exchange)) return { kind: 'not-emulated' };
  const unreplayable = notReplayable(exchange);
  if (unreplayable) return { kind: 'not-replayable', reason: unreplayable };
  const blocked = scenarios[area]?.blocked?.[exchange.name];
  if (blocked) return { kind: 'blocked', reason: blocked };
  return { kind: 'replayed' };
};

const areas = recordedAreas().map((area) => {
  const exchanges = loadArea(area).map((exchange, index) => ({ exchange, index, ...classify(area, exchange) }));
  return { area, exchanges };
});

const tally: Record<Kind, number> = { replayed: 0, 'not-emulated': 0, blocked: 0, 'not-replayable': 0 };
for (const { exchanges } of areas) for (const { kind } of exchanges) tally[kind] += 1;

/**
 * Replays every recorded exchange with a real Logto, area by area, against the emulator. Exchanges
 * on routes this emulator does not serve yet are not tests: they are counted (and listed with
 * CONFORMANCE_VERBOSE=1), and a test checks that every recorded exchange is accounted for.
 */
describe.each(areas.filter(({ exchanges }) => exchanges.some(({ kind }) => kind === 'replayed')))(
  'recorded area $area',
  ({ area, exchanges }) => {
    let outcomes: Outcome[] = [];

    beforeAll(async () => {
      outcomes = await replayArea(area);
    }, 120_000);

    for (const { exchange, index } of exchanges.filter(({ kind }) => kind === 'replayed')) {
      it(`matches ${label(exchange)}`, () => {
        const outcome = outcomes[index];
        expect(outcome?.exchange.name).toBe(exchange.name);
        expect(outcome?.kind).toBe('replayed');
        expect(outcome?.kind === 'replayed' ? outcome.problems : []).toEqual([]);
      });
    }
  }
);

describe('recorded exchanges', () => {
  it('are each replayed or accounted for', () => {
    const total = recordedAreas().reduce((sum, area) => sum + loadArea(area).length, 0);
    expect(Object.values(tally).reduce((sum, value) => sum + value, 0)).toBe(total);
    expect(tally.replayed).toBeGreaterThan(0);
  });
});

afterAll(() => {
  if (process.env.CONFORMANCE_VERBOSE) {
    for (const { area, exchanges } of areas) {
      for (const { exchange, kind, reason } of exchanges) {
        if (kind !== 'replayed') console.info(`${kind}: ${area}/${label(exchange)}${reason ? ` — ${reason}` : ''}`);
      }
    }
  }
  const total = Object.values(tally).reduce((sum, count) => sum + count, 0);
  console.info(
    `[conformance] ${total} recorded exchanges: ${tally.replayed} replayed, ` +
      `${tally['not-emulated']} not yet emulated, ${tally.blocked} blocked by a missing slice, ` +
      `${tally['not-replayable']} not replayable`
  );
});
