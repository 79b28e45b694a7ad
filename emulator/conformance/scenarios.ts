import {
  allFieldsEditable,
  accountCenterFieldKeys,
  type AccountCenterControl,
  type AccountCenterField,
  type AccountCenterSettings,
} from '../state/account-center.js';
import type { User } from '../state/users.js';

import type { CompareOptions } from './compare.js';
import { recordedDefaultScopes, type ReplayContext, type UserSeed } from './context.js';
import { mfaScenarios } from './mfa-scenarios.js';
import { recordedAccountCenterExtras, recordedPassword, recordedUserLogtoConfig } from './recorded-tenant.js';
import type { RecordedExchange } from './recordings.js';

export type Hook = (context: ReplayContext, exchange: RecordedExchange) => Promise<void> | void;

export type Scenario = {
  /** Seed of the user the recording acted as, re-created before the first exchange. */
  user: UserSeed;
  setup?: Hook;
  /** Runs before every replayed exchange, before the exchange's own hook. */
  beforeEach?: Hook;
  before?: Record<string, Hook>;
  /** Runs after the named exchange was replayed and compared. */
  after?: Record<string, Hook>;
  /** Replayable-looking exchanges that depend on something not emulated yet, with the reason. */
  blocked?: Record<string, string>;
  compare?: (exchange: RecordedExchange) => CompareOptions;
};

const password = recordedPassword;

/** Identities the recorded user got through social sign-in (not emulated), set directly. */
const mirrorIdentities: Hook = async (context, exchange) => {
  const body = exchange.response.body as Pick<User, 'identities'>;
  await context.updateUser({ identities: body.identities });
};

/** A fresh social verification of the identity the current user has, stored with PUT …/access-token. */
const storeTokenForLinkedIdentity = async (context: ReplayContext, tokenResponse: Record<string, unknown>) => {
  const userId = context.state.users.get(context.current.id)?.identities['mock-social']?.userId;
  await context.storeAccessToken('mock-social', await context.socialRecord(undefined, { userId, tokenResponse }));
};

const isControl = (value: string): value is AccountCenterControl =>
  value === 'Off' || value === 'ReadOnly' || value === 'Edit';
const isField = (value: string): value is AccountCenterField =>
  (accountCenterFieldKeys as readonly string[]).includes(value);

/**
 * The field-controls recordings name their settings in the note, e.g. "account-center fields:
 * avatar=Off, customData=ReadOnly (all others Edit)", "passkey key absent, mfa=Off",
 * "fields: {}" or "account-center enabled:false".
 */
export const settingsFromNote = (note: string | undefined): Partial<AccountCenterSettings> => {
  if (note?.includes('account-center enabled:false')) {
    return { enabled: false, fields: allFieldsEditable() };
  }
  const spec = /account-center fields: (.*)/.exec(note ?? '')?.[1];
  if (!spec) {
    return { enabled: true, fields: allFieldsEditable() };
  }
  if (spec.startsWith('{}')) {
    return { enabled: true, fields: {} };
  }
  const fields = allFieldsEditable();
  for (const [, key = '', value = ''] of spec.matchAll(/(\w+)=(\w+)/g)) {
    if (isField(key) && isControl(value)) {
      fields[key] = value;
    }
  }
  for (const [, key = ''] of spec.matchAll(/(\w+) key absent/g)) {
    if (isField(key)) {
      delete fields[key];
    }
  }
  return { enabled: true, fields };
};

export const scenarios: Record<string, Scenario> = {
  profile: {
    user: {
      username: 'rec_profile',
      primaryEmail: 'rec_profile@example.test',
      name: 'Profile Recorder',
      password,
    },
    setup: async (context) => {
      await context.addUser('alice', { username: 'alice', primaryEmail: 'alice@example.test', password });
    },
    before: {
      'patch-my-account-username-null-last-sign-in-method': (context) =>
        context.useUser('username-only', { username: 'rec_profile_only_username', password }),
      'get-my-account-user-with-sso-identity': async (context) => {
        await context.useUser('main');
        await context.updateUser({
          ssoIdentities: [
            {
              ssoConnectorId: 'ffplttru13aa',
              issuer: 'https://sso.example.test',
              identityId: 'sso-user',
              detail: { email: 'sso@example.test' },
            },
          ],
        });
      },
    },
  },

  'field-controls': {
    user: {
      username: 'rec_fc',
      primaryEmail: 'rec_fc@example.test',
      primaryPhone: '15558328009',
      name: 'Field Controls',
      customData: { k: 'v' },
      profile: { givenName: 'Field' },
      logtoConfig: recordedUserLogtoConfig(),
      password,
    },
    setup: (context) => context.setAccountCenter(recordedAccountCenterExtras),
    beforeEach: (context, exchange) => context.setAccountCenter(settingsFromNote(exchange.note)),
  },

  'auth-errors': {
    user: { username: 'rec_auth', primaryEmail: 'rec_auth@example.test', password },
    setup: (context) => context.registerThirdPartyClient(),
  },

  'cors-etag': {
    user: { username: 'rec_cors', password },
    setup: (context) => context.setAccountCenter(recordedAccountCenterExtras),
  },

  verification: {
    user: {
      username: 'rec_ver_a1b2eb',
      primaryEmail: 'rec_ver_a1b2eb@example.test',
      primaryPhone: '15555405822',
      password,
    },
    before: {
      // The step-up ids are code records the recording created earlier in this area.
      'use-current-email-code-record-as-vid': (context) => {
        context.nextVid = context.recordId('zn3sudox92440yrsh89td');
      },
      'use-unverified-code-record-as-vid': (context) => {
        context.nextVid = context.recordId('g1chw9iq3ug4m6576lou8');
      },
      'use-BindMfa-code-record-as-vid': (context) => {
        context.nextVid = context.recordId('5xgqgk9y0hfkyvcfo2iln');
      },
      'use-new-email-record-as-vid': (context) => {
        context.nextVid = context.recordId('9gux7d6iyvnex4zwemfno');
      },
      // Not recorded: the send and the ten wrong codes before the exchange.
      'verify-code-after-10-wrong-attempts': async (context) => {
        const identifier = { type: 'email', value: 'rec_ver_maxtry_a1b2eb@example.test' } as const;
        const { id, code } = await context.sendCode(identifier, { id: '11eachdec1x3zd5ivby73', code: '712027' });
        const wrong = code === '000000' ? '111111' : '000000';
        for (let attempt = 0; attempt < 10; attempt += 1) {
          const response = await context.verifyCode(identifier, id, wrong);
          if ((response.json as { code?: string }).code !== 'verification_code.code_mismatch') {
            throw new Error(`Wrong code ${attempt + 1} answered ${response.text}`);
          }
        }
      },
      // Not recorded: the ten sends that succeeded before the refused one.
      'send-code-rate-limited-after-10-sends': async (context) => {
        for (let send = 0; send < 10; send += 1) {
          await context.sendCode({ type: 'email', value: 'rec_ver_rate_a1b2eb@example.test' });
        }
      },
      // A user with no earlier failures, so exactly 99 precede the blocked attempt.
      'post-verifications-password-locked-after-99-failures': async (context, exchange) => {
        await context.useUser('lockout', { username: 'rec_ver_lockout', password });
        for (let attempt = 0; attempt < 99; attempt += 1) {
          const response = await context.send(exchange);
          if (response.status !== 422) {
            throw new Error(`Failure ${attempt + 1} answered ${response.status}`);
          }
        }
      },
    },
    // The recording trimmed this sessions list to "<1 sessions>" (sessions.json has full ones).
    compare: (exchange) =>
      exchange.name === 'use-current-phone-code-record-as-vid' ? { ignoreBodyPaths: ['sessions', 'note'] } : {},
  },

  password: {
    user: { username: 'rec_pw_209bbb', primaryEmail: 'rec_pw_209bbb@example.test', password },
    before: {
      // "The same password record used for the change above".
      'post-password-reuse-vid-after-change': (context) => {
        context.nextVid = context.lastVid;
      },
      'get-my-account-no-security-method': async (context, exchange) => {
        await context.useUser('social-only', { username: 'rec_pw_social', password });
        await context.updateUser({ username: null, password: null });
        await mirrorIdentities(context, exchange);
      },
    },
  },

  'email-phone': {
    user: { username: 'rec_ep_3da251', primaryEmail: 'rec_ep_3da251@example.test', password },
    // Records the recording made before its first exchange, under the ids it then used.
    setup: async (context) => {
      await context.addUser('alice', { username: 'rec_ep_alice', primaryEmail: 'alice@example.com', password });
      await context.addUser('phone-owner', { username: 'rec_ep_phone_owner', primaryPhone: '15556038389', password });
      const email = (value: string) => ({ type: 'email', value }) as const;
      const phone = (value: string) => ({ type: 'phone', value }) as const;
      await context.verifiedCodeRecord(email('rec_ep_new_3da251@example.test'), 'b77b5wwuytkv22yfo4yd2');
      await context.sendCode(email('rec_ep_unv_3da251@example.test'), { id: 'iki6cia1fxgzqmdhtlvck' });
      await context.passwordRecord('xtfkfuq2yswx4aak6gmd3');
      await context.verifiedCodeRecord(email('alice@example.com'), 'coc55q4e966g0sym06xb6');
      await context.verifiedCodeRecord(email('ALICE@EXAMPLE.COM'), 'fgbys60537iblpgbjs0n1');
      await context.verifiedCodeRecord(phone('15557193637'), 'aje0ye6b53phlx1o8s64f');
      await context.verifiedCodeRecord(phone('15556038389'), 'eg94zh7ff7dcuh7dfsaiu');
      await context.verifiedCodeRecord(phone('123'), 'm277e6uhxxvdkkk0pzab2');
    },
    before: {
      'patch-username-null-leaving-only-email': (context) =>
        context.useUser('email-only', {
          username: 'rec_ep_only_3da251',
          primaryEmail: 'rec_ep_only_3da251@example.test',
          password,
        }),
      // "Its username was removed via the Management API beforehand".
      'delete-primary-phone-last-sign-in-method': async (context) => {
        await context.useUser('phone-only', { username: 'rec_ep_phone_only', primaryPhone: '15550001111', password });
        await context.updateUser({ username: null });
      },
    },
  },

  social: {
    user: { username: 'rec_soc', primaryEmail: 'rec_soc@example.test', password },
    // A password record the recording made before its first exchange.
    setup: (context) => context.passwordRecord('4zfzb3pmtje4v2x0wsu9f'),
    before: {
      // Social records the recording made (and verified) without recording it.
      'post-social-verify-invalid-connector-data': async (context) => {
        await context.socialRecord('1vz01sqn3au481w0bxqm5');
      },
      'use-social-record-as-vid': (context) => {
        context.nextVid = context.recordId('9nleppzjw4n6iya1msvds');
      },
      'post-identities-target-already-linked': async (context) => {
        await context.socialRecord('tr00wet549mgmewqxxr18', { userId: 'mock-social-second-ba2740' });
      },
      'post-identities-already-in-use-by-other-user': async (context) => {
        const other = await context.addUser('other', { username: 'rec_soc_other', password });
        context.state.users.update(other.id, {
          identities: { 'mock-social': { userId: 'mock-social-other-ba2740', details: { id: 'mock-social-other-ba2740' } } },
        });
        await context.socialRecord('838z3mb4lg0t0i2624ru6', { userId: 'mock-social-other-ba2740' });
      },
      // The social-only user signed up through social sign-in, which is not emulated.
      'get-my-account-social-only-user': async (context, exchange) => {
        await context.useUser('social-only', { username: 'rec_soc_social', password });
        await context.updateUser({ username: null, primaryEmail: null, password: null });
        await mirrorIdentities(context, exchange);
      },
      'put-identities-no-security-method-without-vid-ok': async (context) => {
        await context.socialRecord('1wjf6bq8lhze329w8kwi2', { userId: 'mock-social-socsocial-650ed4-replacement' });
      },
    },
    compare: () => ({ equalBodyPaths: ['authorizationUri'] }),
  },

  tokens: {
    user: { username: 'rec_tok', primaryEmail: 'rec_tok@example.test', password },
    // Linked at the start with the token set of the first GET; then the records the PUTs use.
    setup: async (context) => {
      const linked = 'mock-social-tok-e45de7';
      await context.linkIdentity(
        await context.socialRecord(undefined, {
          userId: linked,
          tokenResponse: { access_token: 'mock-access-token-a1-e45de7', expires_in: 3600, scope: 'profile email', token_type: 'Bearer' },
        })
      );
      await context.socialRecord('8hl1ne3za4dh70uprmqz6', {
        userId: linked,
        tokenResponse: { access_token: 'mock-access-token-a2-e45de7', token_type: 'Bearer', expires_in: 7200 },
      });
      await context.socialRecord('rugyl7frdoai0qwo9eygl', {
        userId: 'mock-social-tok-unlinked',
        tokenResponse: { access_token: 'mock-access-token-b-e45de7', token_type: 'Bearer' },
      });
      await context.socialRecord('dct615z1dwwuejwsksfqf', { userId: linked });
      await context.socialRecord('aobsxu5h63t5amof3qzm1', { userId: 'mock-social-tok-second' });
    },
    before: {
      'get-identity-access-token-fresh-short-lived': async (context) => {
        // Start on a second boundary so the one-second token still reads `expires_in: 1`.
        context.state.clock.advance(1000 - (context.state.clock.now() % 1000));
        await storeTokenForLinkedIdentity(context, { access_token: 'mock-access-token-c-e45de7', token_type: 'Bearer', expires_in: 1 });
      },
      'get-identity-access-token-expired-no-refresh-token': (context) => {
        context.state.clock.advance(2500);
      },
      'get-identity-access-token-expired-with-refresh-token': async (context) => {
        await storeTokenForLinkedIdentity(context, {
          access_token: 'mock-access-token-d-e45de7',
          token_type: 'Bearer',
          expires_in: 1,
          refresh_token: 'mock-refresh-token-d-e45de7',
        });
        context.state.clock.advance(2500);
      },
      'get-sso-identity-access-token-linked-no-token': (context) =>
        context.updateUser({
          ssoIdentities: [
            { ssoConnectorId: 'faz27rrfavob', issuer: 'https://sso.example.test', identityId: 'sso-tok', detail: {} },
          ],
        }),
    },
  },

  sessions: {
    user: { username: 'rec_sess', password },
    // Five sign-ins of the recorded user, in the recording's order: A (the default token), B, D
    // and F with `offline_access`, C without (its token is session-bound); and another user's.
    setup: async (context) => {
      await context.token(recordedDefaultScopes);
      const withoutOfflineAccess = recordedDefaultScopes.filter((scope) => scope !== 'offline_access');
      for (const [label, scopes] of [
        ['B', recordedDefaultScopes],
        ['C', withoutOfflineAccess],
        ['D', recordedDefaultScopes],
        ['F', recordedDefaultScopes],
      ] as const) {
        await context.signInSession(label, [...scopes]);
      }
      await context.useUser('other', { username: 'rec_sess_other', password });
      const other = await context.signInSession('other', recordedDefaultScopes);
      context.aliasId('mcEVFIHwl9_s7T-QzMQT4hO7VX3P0Mbr6vJaj-yEPgO', other.uid);
      context.aliasId('BtjTaNjOJBNewVzqTjcpx69gl93kydL9Far50_9fTbH', other.grantId);
      await context.useUser('main');
    },
    before: {
      // "Grant of a fresh sign-in E (newest grant)", made after the grants were last listed.
      'delete-grant-ok': async (context) => {
        const { grantId } = await context.signInSession('E', recordedDefaultScopes);
        context.aliasId('8En9ZZISiLkB1uXhGmDshXwLYY79iRH84s96U4XyIzv', grantId);
      },
    },
  },

  ...mfaScenarios,
};

/** Areas without a scenario (nothing emulated yet) still get a user, for uniform reporting. */
export const defaultScenario: Scenario = { user: { username: 'rec_user', password } };
