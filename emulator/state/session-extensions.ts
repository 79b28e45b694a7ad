import { generateStandardId } from './ids.js';
import type { User } from './users.js';

/**
 * Where and how a session was signed in (`signInContext`), as Logto's sign-in experience records
 * it: `ip` and `userAgent` of the sign-in request; Logto Cloud adds geolocation (`country`,
 * `city`, …). Every value is a string.
 */
export type SignInContext = Record<string, string>;

/** A verification the sign-in used, as Logto lists it in `lastSubmission.verificationRecords`. */
export type SubmittedVerification = {
  id: string;
  type: 'Password';
  identifier: { type: 'username' | 'email' | 'phone'; value: string };
  verified: boolean;
};

/** The interaction context Logto keeps with a session (`jwtCustomizerUserInteractionContextGuard`). */
export type LastSubmission = {
  interactionEvent: 'SignIn' | 'Register' | 'ForgotPassword';
  userId: string;
  verificationRecords: SubmittedVerification[];
  signInContext?: SignInContext;
};

/** Logto's `oidc_session_extensions` row: written at the consent step of a sign-in. */
export type SessionExtension = {
  accountId: string;
  /** The application that consented last in this session. */
  clientId: string;
  lastSubmission: LastSubmission;
};

/**
 * Sign-in context per OIDC session uid. Sessions themselves live in the OIDC adapter; an entry
 * here goes with its session (the session routes and the control API drop it) and on reset.
 */
export class SessionExtensionStore {
  readonly #extensions = new Map<string, SessionExtension>();

  save(sessionUid: string, extension: SessionExtension): void {
    this.#extensions.set(sessionUid, structuredClone(extension));
  }

  get(sessionUid: string): SessionExtension | undefined {
    const extension = this.#extensions.get(sessionUid);
    return extension && structuredClone(extension);
  }

  delete(sessionUid: string): void {
    this.#extensions.delete(sessionUid);
  }

  deleteAccount(accountId: string): void {
    for (const [uid, extension] of this.#extensions) {
      if (extension.accountId === accountId) {
        this.#extensions.delete(uid);
      }
    }
  }

  /** Drops the entries of sessions that ended elsewhere (RP logout, expiry). */
  retain(liveSessionUids: Set<string>): void {
    for (const uid of this.#extensions.keys()) {
      if (!liveSessionUids.has(uid)) {
        this.#extensions.delete(uid);
      }
    }
  }

  clear(): void {
    this.#extensions.clear();
  }
}

/** Picks the keys Logto's guard keeps from a stored interaction result; anything else is null. */
export const lastSubmissionOf = (value: unknown): LastSubmission | undefined => {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { interactionEvent, userId, verificationRecords, signInContext } = value as Partial<LastSubmission>;
  if (
    (interactionEvent !== 'SignIn' && interactionEvent !== 'Register' && interactionEvent !== 'ForgotPassword') ||
    typeof userId !== 'string' ||
    !Array.isArray(verificationRecords)
  ) {
    return undefined;
  }
  return { interactionEvent, userId, verificationRecords, ...(signInContext ? { signInContext } : {}) };
};

export type SignInIdentifier = SubmittedVerification['identifier'];

/** What a password sign-in leaves: one verified Password record for the identifier typed. */
export const passwordSignIn = (
  userId: string,
  identifier: SignInIdentifier | undefined,
  signInContext: SignInContext
): LastSubmission => ({
  interactionEvent: 'SignIn',
  userId,
  verificationRecords: identifier ? [{ id: generateStandardId(), type: 'Password', identifier, verified: true }] : [],
  ...(Object.keys(signInContext).length > 0 ? { signInContext } : {}),
});

/** The identifier a seeded or control-API sign-in is taken to have used. */
export const identifierOf = (user: User): SignInIdentifier | undefined => {
  if (user.username) return { type: 'username', value: user.username };
  if (user.primaryEmail) return { type: 'email', value: user.primaryEmail };
  if (user.primaryPhone) return { type: 'phone', value: user.primaryPhone };
  return undefined;
};
