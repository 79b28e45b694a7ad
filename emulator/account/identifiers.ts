import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';

/**
 * A user must keep at least one way to be identified: username, primary email or phone, a social
 * identity or an enterprise SSO identity.
 */
export const assertRemainingIdentifier = (user: User, change: Partial<Pick<User, 'username' | 'primaryEmail' | 'primaryPhone' | 'identities'>>): void => {
  const next = { ...user, ...change };
  const remains =
    Boolean(next.username) ||
    Boolean(next.primaryEmail) ||
    Boolean(next.primaryPhone) ||
    Object.keys(next.identities).length > 0 ||
    next.ssoIdentities.length > 0;
  if (!remains) {
    throw new RequestError('user.last_sign_in_method_required');
  }
};

/** The sign-in experience's username policy, then uniqueness (case-sensitive) among other users. */
export const assertUsernameAvailable = (state: EmulatorState, username: string, userId: string): void => {
  const { usernamePolicy } = state.signInExperience;
  if (username.length > usernamePolicy.maxLength) {
    throw new RequestError({ code: 'user.username_too_long', status: 422 });
  }
  const owner = state.users.findByUsername(username);
  if (owner && owner.id !== userId) {
    throw new RequestError({ code: 'user.username_already_in_use', status: 422 });
  }
};
