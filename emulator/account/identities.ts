import type { Context } from 'koa';
import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { isEditable } from '../state/account-center.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';
import { verifiedSocialIdentity } from '../verification/social-record.js';

import { requireUser } from './current-user.js';
import { assertRemainingIdentifier } from './identifiers.js';
import { hasSecurityVerificationMethod } from './scoped-profile.js';

const linkBody = z.object({ newIdentifierVerificationRecordId: z.string() });

/**
 * Step-up first, but only for a user with a password, email or phone (a social-only user skips
 * it); then the `social` field control, the `identities` scope (401 here, 400 on DELETE) and the
 * first-party check.
 */
const assertMayChangeIdentities = (ctx: Context, state: EmulatorState, missingScopeStatus: 400 | 401): User => {
  const { userId, identityVerified, scopes, clientId } = authOf(ctx);
  const user = requireUser(state, userId);
  if (hasSecurityVerificationMethod(user)) {
    assertThat(identityVerified, new RequestError({ code: 'verification_record.permission_denied', status: 401 }));
  }
  assertThat(isEditable(accountCenterOf(ctx).fields.social), 'account_center.field_not_editable');
  assertThat(scopes.has('identities'), new RequestError({ code: 'auth.unauthorized', status: missingScopeStatus }));
  assertFirstPartyClient(state, clientId);
  return user;
};

/**
 * Logto's `linkSocialIdentityCore`: the provider user may not belong to anyone else (422); POST
 * refuses a target the user already has (400, also for the same record twice), PUT replaces it.
 * A token set in the record goes to the Secret Vault; without one, a PUT that changes the
 * provider user leaves no token behind.
 */
const linkIdentity = (state: EmulatorState, user: User, recordId: string, allowReplace: boolean) => {
  const { data, connector, target, userInfo } = verifiedSocialIdentity(state, recordId);

  const owner = state.users.findByIdentity(target, userInfo.id);
  if (owner && owner.id !== user.id) {
    throw new RequestError({ code: 'user.identity_already_in_use', status: 422 });
  }
  const existing = user.identities[target];
  if (!allowReplace) {
    assertThat(!existing, 'user.identity_already_in_use');
  }

  state.users.update(user.id, {
    identities: { ...user.identities, [target]: { userId: userInfo.id, details: structuredClone(userInfo) } },
  });

  if (data.tokenSet) {
    state.tokenVault.upsertSocial({
      userId: user.id,
      target,
      connectorId: connector.id,
      identityId: userInfo.id,
      tokens: data.tokenSet,
    });
  } else if (allowReplace && existing && existing.userId !== userInfo.id) {
    state.tokenVault.deleteSocial(user.id, target);
  }
};

/** POST/PUT `/api/my-account/identities` and DELETE `/api/my-account/identities/:target`. */
export const identityRoutes = ({ router, state, userApi }: ApiDeps): void => {
  for (const [method, allowReplace] of [
    ['post', false],
    ['put', true],
  ] as const) {
    router[method]('/my-account/identities', ...userApi, bodyGuard(linkBody), (ctx) => {
      const user = assertMayChangeIdentities(ctx, state, 401);
      const { newIdentifierVerificationRecordId } = guardedBody<z.infer<typeof linkBody>>(ctx);
      linkIdentity(state, user, newIdentifierVerificationRecordId, allowReplace);
      ctx.status = 204;
    });
  }

  router.delete('/my-account/identities/:target', ...userApi, (ctx) => {
    const user = assertMayChangeIdentities(ctx, state, 400);
    const target = ctx.params.target ?? '';
    if (!user.identities[target]) {
      throw new RequestError({ code: 'user.identity_not_exist', status: 404 });
    }
    const { [target]: _removed, ...identities } = user.identities;
    // SSO identities count as identifiers too.
    assertRemainingIdentifier(user, { identities });
    state.users.update(user.id, { identities });
    ctx.status = 204;
  });
};
