import { createEmulator } from '../server.js';
import type { RawResponse } from '../testing/http.js';

import { compareResponse } from './compare.js';
import { ReplayContext } from './context.js';
import { recordedSpaAppId, useRecordedTenantConnectors, useRecordedTenantStorage } from './recorded-tenant.js';
import { loadArea, type RecordedExchange } from './recordings.js';
import { isEmulated, notReplayable } from './routes.js';
import { defaultScenario, scenarios } from './scenarios.js';
import { standInFor } from './stand-ins.js';

export type Outcome =
  | { kind: 'replayed'; exchange: RecordedExchange; response: RawResponse; problems: string[] }
  | { kind: 'not-emulated'; exchange: RecordedExchange; stoodIn: boolean }
  | { kind: 'blocked' | 'not-replayable'; exchange: RecordedExchange; reason: string };

/**
 * Replays one recorded area in order against a fresh emulator, so state builds up as it did on
 * the recorded server. Exchanges on routes not emulated yet are reported, not dropped; their
 * state effect is reproduced by a stand-in where one exists.
 */
export const replayArea = async (area: string): Promise<Outcome[]> => {
  const exchanges = loadArea(area);
  if (!exchanges.some(isEmulated)) {
    return exchanges.map((exchange) => ({ kind: 'not-emulated', exchange, stoodIn: false }));
  }

  const scenario = scenarios[area] ?? defaultScenario;
  const emulator = await createEmulator({ port: 0, printOutbox: false });
  const outcomes: Outcome[] = [];
  try {
    const context = new ReplayContext(emulator);
    useRecordedTenantConnectors(emulator.state);
    useRecordedTenantStorage(emulator.state);
    await context.useUser('main', scenario.user);
    await scenario.setup?.(context, exchanges[0] as RecordedExchange);

    for (const exchange of exchanges) {
      if (!isEmulated(exchange)) {
        const standIn = standInFor(exchange);
        if (standIn) {
          await standIn.apply(context, (exchange.request.body ?? {}) as Record<string, unknown>);
        }
        outcomes.push({ kind: 'not-emulated', exchange, stoodIn: Boolean(standIn) });
        continue;
      }
      const unreplayable = notReplayable(exchange);
      const blocked = scenario.blocked?.[exchange.name];
      if (unreplayable ?? blocked) {
        outcomes.push({
          kind: unreplayable ? 'not-replayable' : 'blocked',
          exchange,
          reason: (unreplayable ?? blocked) as string,
        });
        continue;
      }

      await scenario.beforeEach?.(context, exchange);
      await scenario.before?.[exchange.name]?.(context, exchange);
      const response = await context.send(exchange);
      context.learnEtag(exchange, response);
      const replayed: Outcome = {
        kind: 'replayed',
        exchange,
        response,
        problems: [
          ...compareResponse(exchange, response, {
            // Session authorizations are keyed by client id.
            keyAliases: { [recordedSpaAppId]: emulator.appId },
            ...scenario.compare?.(exchange),
          }),
          ...context.learnRecorded(exchange, response),
        ],
      };
      outcomes.push(replayed);
      await scenario.after?.[exchange.name]?.(context, exchange);
    }
  } finally {
    await emulator.close();
  }
  return outcomes;
};
