import {
  allFieldsEditable,
  type AccountCenterSettings,
} from './account-center.js';
import { ClientStore, demoClientFor, normaliseAppUrl } from './clients.js';
import { Clock } from './clock.js';
import { FaultRegistry } from './faults.js';
import { MessageRateGuard } from './message-rate.js';
import { Outbox } from './outbox.js';
import { hashPassword } from './password.js';
import { demoUser } from './seed.js';
import { Sentinel } from './sentinel.js';
import { defaultSignInExperience, type SignInExperience } from './sign-in-experience.js';
import { UserStore, type NewUser, type User } from './users.js';
import { VerificationCodeStore } from './verification-codes.js';
import { VerificationRecordStore } from './verification-records.js';

export type StateOptions = {
  appUrls: string[];
  openWellKnown: boolean;
  /** Print one terminal line per code sent (the dev outbox). */
  printOutbox?: boolean;
};

const originsOf = (urls: string[]) => [...new Set(urls.map((url) => new URL(url).origin))];

/**
 * Everything the emulator knows, in memory. `reset()` returns it to the seed. OIDC artefacts
 * (sessions, grants, tokens) live in the OIDC adapter and are reset alongside by the server.
 */
export class EmulatorState {
  readonly clock = new Clock();
  readonly users = new UserStore(this.clock);
  readonly clients = new ClientStore();
  readonly verificationRecords = new VerificationRecordStore(this.clock);
  readonly verificationCodes = new VerificationCodeStore(this.clock);
  readonly messageRate = new MessageRateGuard(this.clock);
  readonly sentinel = new Sentinel(this.clock, () => this.signInExperience.sentinelPolicy);
  readonly faults = new FaultRegistry();
  readonly outbox: Outbox;
  accountCenter!: AccountCenterSettings;
  signInExperience!: SignInExperience;
  appUrls: string[] = [];
  /** Mimics Logto outside production, where the public well-knowns echo any origin. */
  wellKnownCorsOpen = false;

  constructor(private readonly initial: StateOptions) {
    this.outbox = new Outbox(this.clock, initial.printOutbox ? (line) => console.log(line) : undefined);
  }

  async reset(): Promise<void> {
    this.clock.reset();
    this.users.clear();
    this.clients.clear();
    this.verificationRecords.clear();
    this.verificationCodes.clear();
    this.messageRate.clear();
    this.outbox.clear();
    this.sentinel.clear();
    this.faults.clear();
    this.signInExperience = defaultSignInExperience();
    this.wellKnownCorsOpen = this.initial.openWellKnown;
    this.setAppUrls(this.initial.appUrls);
    this.accountCenter = {
      enabled: true,
      fields: allFieldsEditable(),
      webauthnRelatedOrigins: originsOf(this.appUrls),
      deleteAccountUrl: null,
      customCss: null,
      profileFields: null,
    };
    const { password, ...profile } = demoUser;
    await this.createUser({ ...profile, password });
  }

  /** Replaces the demo client's redirect and post-logout URIs. */
  setAppUrls(urls: string[]): void {
    this.appUrls = urls.map(normaliseAppUrl);
    this.clients.put(demoClientFor(this.appUrls));
  }

  async createUser(input: NewUser & { password?: string | null }): Promise<User> {
    const { password, ...rest } = input;
    return this.users.create({
      ...rest,
      passwordDigest: password ? await hashPassword(password) : null,
    });
  }
}
