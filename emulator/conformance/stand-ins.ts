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
 * runs instead and its stand-in goes unused.
 */
const standIns: StandIn[] = [
  {
    method: 'POST',
    path: '/api/my-account/password',
    apply: (context, body) => context.updateUser({ password: String(body.password) }),
  },
  {
    method: 'POST',
    path: '/api/my-account/primary-email',
    apply: (context, body) => context.updateUser({ primaryEmail: String(body.email) }),
  },
  {
    method: 'DELETE',
    path: '/api/my-account/primary-email',
    apply: (context) => context.updateUser({ primaryEmail: null }),
  },
  {
    method: 'POST',
    path: '/api/my-account/primary-phone',
    apply: (context, body) => context.updateUser({ primaryPhone: String(body.phone) }),
  },
  {
    method: 'DELETE',
    path: '/api/my-account/primary-phone',
    apply: (context) => context.updateUser({ primaryPhone: null }),
  },
];

export const standInFor = (exchange: RecordedExchange): StandIn | undefined => {
  const { request, response } = exchange;
  if (response.status < 200 || response.status >= 300) {
    return undefined;
  }
  return standIns.find(
    (standIn) => standIn.method === request.method && standIn.path === pathnameOf(request.path)
  );
};
