import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { fitColumns, userColumnLimits } from '../policies/column-limits.js';
import { isEditable } from '../state/account-center.js';
import type { User } from '../state/users.js';

import { requireUser } from './current-user.js';
import { assertRemainingIdentifier, assertUsernameAvailable } from './identifiers.js';
import { accountProfile, orderProfile } from './scoped-profile.js';

/** `@logto/core-kit` usernameRegEx. */
const usernamePattern = /^[A-Z_a-z]\w*$/;

const patchAccountBody = z.object({
  name: z.string().nullable().optional(),
  avatar: z.string().url().nullable().optional(),
  username: z.string().regex(usernamePattern).nullable().optional(),
  customData: z.record(z.unknown()).optional(),
});

const addressGuard = z
  .object({
    formatted: z.string(),
    streetAddress: z.string(),
    locality: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string(),
  })
  .partial();

/** Logto's `userProfileGuard`: every key optional, `null` rejected, unknown keys dropped. */
const patchProfileBody = z
  .object({
    familyName: z.string(),
    givenName: z.string(),
    middleName: z.string(),
    nickname: z.string(),
    preferredUsername: z.string(),
    profile: z.string(),
    website: z.string(),
    gender: z.string(),
    birthdate: z.string(),
    zoneinfo: z.string(),
    locale: z.string(),
    address: addressGuard,
  })
  .partial();

const definedEntries = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;

/** GET/HEAD/PATCH `/api/my-account` and PATCH `/api/my-account/profile`. */
export const profileRoutes = ({ router, state, userApi }: ApiDeps): void => {
  const currentUser = (userId: string): User => requireUser(state, userId);

  router.get('/my-account', ...userApi, (ctx) => {
    const { userId, scopes } = authOf(ctx);
    ctx.body = accountProfile(currentUser(userId), scopes, accountCenterOf(ctx));
  });

  router.patch('/my-account', ...userApi, bodyGuard(patchAccountBody), (ctx) => {
    const { userId, scopes, clientId, identityVerified } = authOf(ctx);
    const { fields } = accountCenterOf(ctx);
    const body = guardedBody<z.infer<typeof patchAccountBody>>(ctx);
    const { name, avatar, username, customData } = body;

    assertThat(name === undefined || isEditable(fields.name), 'account_center.field_not_editable');
    assertThat(avatar === undefined || isEditable(fields.avatar), 'account_center.field_not_editable');
    assertThat(username === undefined || isEditable(fields.username), 'account_center.field_not_editable');
    assertThat(
      customData === undefined || isEditable(fields.customData),
      'account_center.field_not_editable'
    );
    assertThat(scopes.has('profile'), 'auth.unauthorized');
    if (customData !== undefined) {
      assertThat(scopes.has('custom_data'), 'auth.unauthorized');
    }
    assertFirstPartyClient(state, clientId);

    const user = currentUser(userId);
    if (username !== undefined) {
      assertThat(
        identityVerified,
        new RequestError({ code: 'verification_record.permission_denied', status: 401 })
      );
      if (username === null) {
        assertRemainingIdentifier(user, { username: null });
      } else {
        assertUsernameAvailable(state, username, userId);
      }
    }

    const changes = definedEntries({ name, avatar, username, customData });
    if (Object.keys(changes).length === 0) {
      throw new RequestError({ code: 'entity.invalid_input', status: 422 });
    }
    // The database refuses a value longer than its column (422 `entity.value_too_long`).
    const updated = state.users.update(userId, fitColumns(userColumnLimits, changes));
    ctx.body = accountProfile(updated, scopes, accountCenterOf(ctx));
  });

  router.patch('/my-account/profile', ...userApi, bodyGuard(patchProfileBody), (ctx) => {
    const { userId, scopes, clientId } = authOf(ctx);
    const { fields } = accountCenterOf(ctx);
    const body = guardedBody<z.infer<typeof patchProfileBody>>(ctx);

    assertThat(isEditable(fields.profile), 'account_center.field_not_editable');
    assertThat(scopes.has('profile'), 'auth.unauthorized');
    if (body.address !== undefined) {
      assertThat(scopes.has('address'), 'auth.unauthorized');
    }
    assertFirstPartyClient(state, clientId);

    // Top-level merge: a sent `address` replaces the stored one as a whole.
    const user = currentUser(userId);
    const updated = state.users.update(userId, { profile: { ...user.profile, ...body } });
    ctx.body = orderProfile(updated.profile, scopes.has('address'));
  });
};
