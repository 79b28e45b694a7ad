import {
  allFieldsEditable,
  accountCenterFieldKeys,
  type AccountCenterControl,
  type AccountCenterField,
  type AccountCenterSettings,
} from '../state/account-center.js';
import type { User } from '../state/users.js';

import type { CompareOptions } from './compare.js';
import type { ReplayContext, UserSeed } from './context.js';
import type { RecordedExchange } from './recordings.js';

type Hook = (context: ReplayContext, exchange: RecordedExchange) => Promise<void> | void;

export type Scenario = {
  /** Seed of the user the recording acted as, re-created before the first exchange. */
  user: UserSeed;
  setup?: Hook;
  /** Runs before every replayed exchange, before the exchange's own hook. */
  beforeEach?: Hook;
  before?: Record<string, Hook>;
  /** Replayable-looking exchanges that depend on something not emulated yet, with the reason. */
  blocked?: Record<string, string>;
  compare?: (exchange: RecordedExchange) => CompareOptions;
};

const password = 'Passw0rd!Test';

/** The recorded tenant's account-center extras, so well-known bodies compare like for like. */
const recordedAccountCenterExtras: Partial<AccountCenterSettings> = {
  webauthnRelatedOrigins: [
    'http://localhost:5173',
    'http://localhost:4173',
    'http://127.0.0.1:5173',
    'http://127.0.0.1:4173',
  ],
  profileFields: [{ name: 'name' }, { name: 'avatar' }],
};

/** The emulator has no social connectors or custom profile fields yet (their slice adds them). */
const signInExperienceComparison = (exchange: RecordedExchange): CompareOptions =>
  exchange.request.path.startsWith('/api/.well-known/sign-in-exp')
    ? { ignoreBodyPaths: ['socialConnectors', 'socialSignInConnectorTargets', 'customProfileFieldCatalog'] }
    : {};

/** Identities linked by the social slice's routes, set directly as the recording's SQL would. */
const mirrorIdentities: Hook = async (context, exchange) => {
  const body = exchange.response.body as Pick<User, 'identities'>;
  await context.updateUser({ identities: body.identities });
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
    compare: signInExperienceComparison,
  },

  verification: {
    user: {
      username: 'rec_ver',
      primaryEmail: 'rec_ver@example.test',
      primaryPhone: '15555405822',
      password,
    },
    before: {
      // Code records come from the email/phone slice's routes; built directly with the recorded kind.
      'use-current-email-code-record-as-vid': (context) => {
        context.nextVid = context.record({
          type: 'EmailVerificationCode',
          userId: context.current.id,
          verified: true,
          templateType: 'UserPermissionValidation',
          identifier: { type: 'email', value: 'rec_ver@example.test' },
        }).id;
      },
      'use-unverified-code-record-as-vid': (context) => {
        context.nextVid = context.record({
          type: 'EmailVerificationCode',
          userId: context.current.id,
          verified: false,
          templateType: 'UserPermissionValidation',
        }).id;
      },
      'use-BindMfa-code-record-as-vid': (context) => {
        context.nextVid = context.record({
          type: 'EmailVerificationCode',
          userId: context.current.id,
          verified: true,
          templateType: 'BindMfa',
        }).id;
      },
      'use-new-email-record-as-vid': (context) => {
        context.nextVid = context.record({
          type: 'EmailVerificationCode',
          verified: true,
          templateType: 'BindNewIdentifier',
          identifier: { type: 'email', value: 'rec_ver_new@example.test' },
        }).id;
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
  },

  password: {
    user: { username: 'rec_pw', primaryEmail: 'rec_pw@example.test', password },
    before: {
      'get-my-account-no-security-method': async (context, exchange) => {
        await context.useUser('social-only', { username: 'rec_pw_social', password });
        await context.updateUser({ username: null, password: null });
        await mirrorIdentities(context, exchange);
      },
    },
  },

  'email-phone': {
    user: { username: 'rec_ep', primaryEmail: 'rec_ep@example.test', password },
    before: {
      'patch-username-null-leaving-only-email': (context) =>
        context.useUser('email-only', {
          username: 'rec_ep_only',
          primaryEmail: 'rec_ep_only@example.test',
          password,
        }),
    },
  },

  social: {
    user: { username: 'rec_soc', primaryEmail: 'rec_soc@example.test', password },
    before: {
      'get-my-account-with-identity': mirrorIdentities,
      'get-my-account-after-put-identities': mirrorIdentities,
      'get-my-account-social-only-user': async (context, exchange) => {
        await context.useUser('social-only', { username: 'rec_soc_social', password });
        await context.updateUser({ username: null, primaryEmail: null, password: null });
        await mirrorIdentities(context, exchange);
      },
      'get-my-account-social-only-after-put': mirrorIdentities,
    },
  },

  sessions: {
    user: { username: 'rec_sess', password },
    blocked: Object.fromEntries(
      [
        'get-my-account-with-token-of-session-deleted-with-grants',
        'get-my-account-with-session-bound-token-after-session-deleted',
        'get-my-account-with-token-of-session-deleted-firstParty',
        'get-my-account-with-offline-access-token-after-session-deleted',
        'get-my-account-with-token-of-deleted-grant',
        'get-my-account-after-current-session-deleted',
      ].map((name) => [
        name,
        'needs the sessions slice: the tokens belong to named sessions and grants deleted through /api/my-account/sessions and /grants',
      ])
    ),
  },
};

/** Areas without a scenario (nothing emulated yet) still get a user, for uniform reporting. */
export const defaultScenario: Scenario = { user: { username: 'rec_user', password } };
