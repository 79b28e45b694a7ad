import type { Clock } from './clock.js';
import { generateUserId } from './ids.js';
import type { MfaFactor } from './mfa.js';

export type UserAddress = Partial<
  Record<'formatted' | 'streetAddress' | 'locality' | 'region' | 'postalCode' | 'country', string>
>;

/** Logto's `users.profile` column: OIDC standard claims that have no column of their own. */
export type UserProfile = Partial<
  Record<
    | 'familyName'
    | 'givenName'
    | 'middleName'
    | 'nickname'
    | 'preferredUsername'
    | 'profile'
    | 'website'
    | 'gender'
    | 'birthdate'
    | 'zoneinfo'
    | 'locale',
    string
  >
> & { address?: UserAddress };

export type JsonObject = Record<string, unknown>;

export type SocialIdentity = { userId: string; details?: JsonObject };

export type SsoIdentity = {
  ssoConnectorId: string;
  issuer: string;
  identityId: string;
  detail: JsonObject;
};

export type User = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  name: string | null;
  avatar: string | null;
  customData: JsonObject;
  /** Keyed by connector target, as in Logto. */
  identities: Record<string, SocialIdentity>;
  ssoIdentities: SsoIdentity[];
  profile: UserProfile;
  passwordDigest: string | null;
  /** Logto's `logto_config` column: `mfa` and `passkeySignIn` flags. */
  logtoConfig: JsonObject;
  /** Logto's `mfa_verifications` column: TOTP, backup-code sets and passkeys, in binding order. */
  mfaVerifications: MfaFactor[];
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
  applicationId: string | null;
  isSuspended: boolean;
};

export type NewUser = Partial<Omit<User, 'createdAt' | 'updatedAt'>>;

const clone = <T>(value: T): T => structuredClone(value);

/** Follows changes the way Logto's database triggers do (the Secret Vault uses it). */
export type UserObserver = {
  afterUpdate?(before: User, after: User): void;
  afterDelete?(id: string): void;
};

export class UserStore {
  readonly #users = new Map<string, User>();
  readonly #observers: UserObserver[] = [];

  constructor(private readonly clock: Clock) {}

  observe(observer: UserObserver): void {
    this.#observers.push(observer);
  }

  create(input: NewUser): User {
    const now = this.clock.now();
    const user: User = {
      id: input.id ?? this.#freshId(),
      username: input.username ?? null,
      primaryEmail: input.primaryEmail ?? null,
      primaryPhone: input.primaryPhone ?? null,
      name: input.name ?? null,
      avatar: input.avatar ?? null,
      customData: clone(input.customData ?? {}),
      identities: clone(input.identities ?? {}),
      ssoIdentities: clone(input.ssoIdentities ?? []),
      profile: clone(input.profile ?? {}),
      passwordDigest: input.passwordDigest ?? null,
      logtoConfig: clone(input.logtoConfig ?? {}),
      mfaVerifications: clone(input.mfaVerifications ?? []),
      lastSignInAt: input.lastSignInAt ?? null,
      createdAt: now,
      updatedAt: now,
      applicationId: input.applicationId ?? null,
      isSuspended: input.isSuspended ?? false,
    };
    this.#users.set(user.id, user);
    return clone(user);
  }

  get(id: string): User | undefined {
    const user = this.#users.get(id);
    return user && clone(user);
  }

  list(): User[] {
    return [...this.#users.values()].map(clone);
  }

  /** Applies a shallow patch and bumps `updatedAt`, like Logto's `updateUserById`. */
  update(id: string, patch: Partial<Omit<User, 'id' | 'createdAt'>>): User {
    const user = this.#users.get(id);
    if (!user) {
      throw new Error(`No user ${id}`);
    }
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined)
    ) as Partial<User>;
    const updated: User = {
      ...user,
      ...clone(defined),
      updatedAt: Math.max(this.clock.now(), user.updatedAt + 1),
    };
    this.#users.set(id, updated);
    for (const observer of this.#observers) observer.afterUpdate?.(clone(user), clone(updated));
    return clone(updated);
  }

  delete(id: string): boolean {
    const deleted = this.#users.delete(id);
    if (deleted) {
      for (const observer of this.#observers) observer.afterDelete?.(id);
    }
    return deleted;
  }

  /** Usernames are unique case-sensitively (sign-in experience `usernamePolicy.caseSensitive`). */
  findByUsername(username: string): User | undefined {
    const user = [...this.#users.values()].find((candidate) => candidate.username === username);
    return user && clone(user);
  }

  /** Emails are unique case-insensitively. */
  findByEmail(email: string): User | undefined {
    const wanted = email.toLowerCase();
    const user = [...this.#users.values()].find(
      (candidate) => candidate.primaryEmail?.toLowerCase() === wanted
    );
    return user && clone(user);
  }

  findByPhone(phone: string): User | undefined {
    const user = [...this.#users.values()].find((candidate) => candidate.primaryPhone === phone);
    return user && clone(user);
  }

  /** Logto's `findUserByIdentity`: the user whose identity for `target` has this provider user id. */
  findByIdentity(target: string, providerUserId: string): User | undefined {
    const user = [...this.#users.values()].find(
      (candidate) => candidate.identities[target]?.userId === providerUserId
    );
    return user && clone(user);
  }

  clear(): void {
    this.#users.clear();
  }

  #freshId(): string {
    let id = generateUserId();
    while (this.#users.has(id)) {
      id = generateUserId();
    }
    return id;
  }
}
