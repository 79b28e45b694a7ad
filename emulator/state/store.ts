import {
  allFieldsEditable,
  type AccountCenterSettings,
} from './account-center.js';
import { AssetStorage } from './asset-storage.js';
import { ClientStore, defaultApplicationDetails, demoClientFor, demoClientId, normaliseAppUrl } from './clients.js';
import { Clock } from './clock.js';
import { defaultConnectors } from './connector-seed.js';
import { ConnectorStore } from './connectors.js';
import { CustomProfileFieldStore, recordedTenantCatalog } from './custom-profile-fields.js';
import { FaultRegistry } from './faults.js';
import { seededM2mClients } from './m2m-clients.js';
import { MessageRateGuard } from './message-rate.js';
import { MockProviderStore } from './mock-providers.js';
import { Outbox } from './outbox.js';
import { hashPassword } from './password.js';
import { demoUser, photoPrintClient } from './seed.js';
import { Sentinel } from './sentinel.js';
import { SessionExtensionStore } from './session-extensions.js';
import { defaultSignInExperience, type SignInExperience } from './sign-in-experience.js';
import { TokenVault } from './token-vault.js';
import { UserStore, type NewUser, type User } from './users.js';
import { VerificationCodeStore } from './verification-codes.js';
import { VerificationRecordStore } from './verification-records.js';

export type StateOptions = {
  appUrls: string[];
  openWellKnown: boolean;
  /** Print one terminal line per code sent (the dev outbox). */
  printOutbox?: boolean;
  /** `http://<host>:<port>`: where the mock providers' pages live. */
  baseUrl?: string;
};

const originsOf = (urls: string[]) => [...new Set(urls.map((url) => new URL(url).origin))];

/**
 * Everything the emulator knows, in memory. `reset()` returns it to the seed. OIDC artefacts
 * (sessions, grants, tokens) live in the OIDC adapter and are reset and seeded alongside by the
 * server.
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
  readonly connectors = new ConnectorStore();
  readonly tokenVault = new TokenVault();
  readonly mockProviders = new MockProviderStore(this.clock);
  /** Sign-in context of OIDC sessions (the sessions themselves live in the OIDC adapter). */
  readonly sessionExtensions = new SessionExtensionStore();
  /** The custom profile field catalog (Logto's `custom_profile_fields` table). */
  readonly customProfileFields = new CustomProfileFieldStore(this.clock);
  /** The storage provider avatar uploads go to; objects are served under `<baseUrl>/emulator-storage/`. */
  readonly storage: AssetStorage;
  readonly outbox: Outbox;
  /** Where this emulator is reached; the mock providers' authorization URIs point here. */
  readonly baseUrl: string;
  accountCenter!: AccountCenterSettings;
  signInExperience!: SignInExperience;
  appUrls: string[] = [];
  /** Mimics Logto outside production, where the public well-knowns echo any origin. */
  wellKnownCorsOpen = false;

  constructor(private readonly initial: StateOptions) {
    this.outbox = new Outbox(this.clock, initial.printOutbox ? (line) => console.log(line) : undefined);
    this.baseUrl = initial.baseUrl ?? 'http://localhost:3001';
    this.storage = new AssetStorage(`${this.baseUrl}/emulator-storage`);
    this.users.observe({
      afterUpdate: (before, after) => this.tokenVault.afterUserUpdate(before, after),
      afterDelete: (id) => {
        this.tokenVault.deleteUser(id);
        this.sessionExtensions.deleteAccount(id);
      },
    });
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
    this.tokenVault.clear();
    this.mockProviders.clear();
    this.sessionExtensions.clear();
    this.storage.reset();
    this.connectors.replace(defaultConnectors());
    this.signInExperience = defaultSignInExperience();
    this.wellKnownCorsOpen = this.initial.openWellKnown;
    // One creation time for every seeded app, so the Management API's newest-first list keeps
    // the seed order.
    const seededAt = this.clock.now();
    this.customProfileFields.replace(recordedTenantCatalog(seededAt));
    this.setAppUrls(this.initial.appUrls, seededAt);
    for (const client of seededM2mClients(seededAt)) {
      this.clients.put(client);
    }
    this.clients.put({ ...photoPrintClient, details: defaultApplicationDetails(seededAt) });
    this.accountCenter = {
      enabled: true,
      fields: allFieldsEditable(),
      webauthnRelatedOrigins: originsOf(this.appUrls),
      deleteAccountUrl: null,
      customCss: null,
      // As the recorded tenant: the built-in name and avatar fields, in that order.
      profileFields: [{ name: 'name' }, { name: 'avatar' }],
    };
    const { password, ...profile } = demoUser;
    await this.createUser({ ...profile, password });
  }

  /** Replaces the demo client's redirect and post-logout URIs; `createdAt` applies when it is new. */
  setAppUrls(urls: string[], createdAt = this.clock.now()): void {
    this.appUrls = urls.map(normaliseAppUrl);
    const details = this.clients.get(demoClientId)?.details ?? defaultApplicationDetails(createdAt);
    this.clients.put({ ...demoClientFor(this.appUrls), details });
  }

  async createUser(input: NewUser & { password?: string | null }): Promise<User> {
    const { password, ...rest } = input;
    return this.users.create({
      ...rest,
      passwordDigest: password ? await hashPassword(password) : null,
    });
  }
}
