import type { ReplayContext } from './context.js';
import { pathnameOf, type RecordedExchange } from './recordings.js';

type StandIn = {
  method: string;
  path: string;
  /** Reproduces the recorded state change of a successful exchange on a route not emulated yet. */
  apply: (context: ReplayContext, body: Record<string, unknown>) => Promise<void>;
};

/**
 * State effects of recorded successes on routes a later slice emulates. They let the exchanges
 * after them be replayed against the same state; once the route is emulated, the real exchange
 * runs instead and its stand-in is removed. (Password and primary email/phone are emulated now.)
 */
const standIns: StandIn[] = [];

export const standInFor = (exchange: RecordedExchange): StandIn | undefined => {
  const { request, response } = exchange;
  if (response.status < 200 || response.status >= 300) {
    return undefined;
  }
  return standIns.find(
    (standIn) => standIn.method === request.method && standIn.path === pathnameOf(request.path)
  );
};
