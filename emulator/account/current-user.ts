import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';

/** The token's user; a token that outlived its user fails like Logto's lookup would. */
export const requireUser = (state: EmulatorState, userId: string): User => {
  const user = state.users.get(userId);
  if (!user) {
    throw new RequestError({ code: 'auth.unauthorized', status: 401 });
  }
  return user;
};
