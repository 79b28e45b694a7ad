import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';

/**
 * Runs a verification under the sentinel: the attempt is always counted, and a locked identifier
 * gets `session.verification_blocked_too_many_attempts` whatever the outcome.
 */
export const withSentinel = async <T>(
  state: EmulatorState,
  target: string,
  language: string,
  verification: () => Promise<T>
): Promise<T> => {
  let result: T | undefined;
  let failure: unknown;
  try {
    result = await verification();
  } catch (error) {
    failure = error;
  }
  const decision = state.sentinel.report(target, failure !== undefined);
  if (decision.blocked) {
    const minutes = Math.round((decision.expiresAt - state.clock.now()) / 60_000);
    throw new RequestError({
      code: 'session.verification_blocked_too_many_attempts',
      interpolation: { relativeTime: new Intl.RelativeTimeFormat(language).format(minutes, 'minute') },
    });
  }
  if (failure !== undefined) {
    throw failure;
  }
  return result as T;
};
