import { generateTotpSecret, totpCodeAt } from '../policies/totp.js';
import type { Emulator } from '../server.js';
import type { AccountCenterSettings } from '../state/account-center.js';
import { hashPassword } from '../state/password.js';
import type { NewUser, User } from '../state/users.js';
import type { CodeIdentifier } from '../state/verification-codes.js';
import type { VerificationRecord } from '../state/verification-records.js';
import { request, type RawResponse } from '../testing/http.js';
import { managementToken } from '../testing/management.js';
import { defaultScopes, OidcTestClient, type TokenSet } from '../testing/oidc-client.js';

import { multipartFromDescription } from './multipart.js';
import { recordedMockSocialConnectorId } from './recorded-tenant.js';
import { pathnameOf, type RecordedExchange } from './recordings.js';
import { sessionRefreshTokenPlaceholder } from './routes.js';

export type UserSeed = NewUser & { username: string; password: string };

/** The scope set of the recordings' default token (`Bearer <opaque>`). */
export const recordedDefaultScopes = defaultScopes;

const knownScope = /^(openid|offline_access|profile|email|phone|address|identities|custom_data|roles|urn:logto:scope:\w+)$/;

export const thirdPartyClientId = 'third-party-app';
const thirdPartyRedirectUri = 'http://localhost:5173/third-party-callback';

type CurrentUser = { id: string; identifier: string; password: string };

/** A sign-in the recordings name by letter ("token of session B"), with its OIDC ids. */
export type NamedSession = { tokens: TokenSet; uid: string; grantId: string };

/** `/api/my-account/<kind>/:id` paths whose ids the replay translates. */
const idPath = /^(\/api\/my-account\/(?:mfa-verifications|sessions|grants)\/)([^/?]+)/;

/** Body keys that carry verification record ids; recorded ids are translated to the emulator's. */
const recordIdKeys = ['verificationId', 'newIdentifierVerificationRecordId', 'verificationRecordId'];

/**
 * Replay state for one recorded area: the emulator, the user the recording acted as, tokens per
 * scope set (obtained through the real OIDC flow), step-up records and the ETag translation from
 * recorded values to the emulator's.
 */
export class ReplayContext {
  current!: CurrentUser;
  readonly users = new Map<string, CurrentUser>();
  readonly #tokens = new Map<string, TokenSet>();
  readonly #etags = new Map<string, string>();
  /** Recorded verification record ids and codes → the emulator's, learnt as the replay goes. */
  readonly #recordIds = new Map<string, string>();
  readonly #codes = new Map<string, string>();
  /** Recorded MFA entry, session uid and grant ids (in `/…/:id` paths) → the emulator's. */
  readonly #pathIds = new Map<string, string>();
  /** Sign-ins the recordings refer to by letter, each in its own OIDC session. */
  readonly sessions = new Map<string, NamedSession>();
  /** A record id to use for the next `<vid…>` placeholder instead of a fresh password record. */
  nextVid: string | undefined;
  /** The record id sent for the last `<vid…>` placeholder. */
  lastVid: string | undefined;

  constructor(readonly emulator: Emulator) {}

  get state() {
    return this.emulator.state;
  }

  /** Creates a user; `label` lets hooks switch back to it later. */
  async addUser(label: string, { password, ...seed }: UserSeed): Promise<User> {
    const user = await this.state.createUser({ ...seed, password });
    this.users.set(label, { id: user.id, identifier: seed.username, password });
    return user;
  }

  async useUser(label: string, seed?: UserSeed): Promise<void> {
    if (seed) {
      await this.addUser(label, seed);
    }
    const user = this.users.get(label);
    if (!user) {
      throw new Error(`No replay user ${label}`);
    }
    this.current = user;
  }

  /**
   * Changes the current user the way an out-of-band write (SQL in the recordings, or a route this
   * slice does not emulate) would. Signs in first, so removing the password or username still
   * leaves a token to act with.
   */
  async updateUser(patch: Partial<User> & { password?: string | null }): Promise<void> {
    await this.token(recordedDefaultScopes);
    const { password, ...changes } = patch;
    const passwordChange =
      password === undefined ? {} : { passwordDigest: password === null ? null : await hashPassword(password) };
    this.state.users.update(this.current.id, { ...changes, ...passwordChange });
    if (typeof password === 'string') {
      this.current.password = password;
    }
  }

  setAccountCenter(settings: Partial<AccountCenterSettings>): void {
    this.state.accountCenter = { ...this.state.accountCenter, ...structuredClone(settings) };
  }

  registerThirdPartyClient(): void {
    this.state.clients.put({
      id: thirdPartyClientId,
      name: 'Third-party app',
      // Logto's third-party apps are Traditional; without a secret the emulator keeps it public.
      type: 'Traditional',
      isThirdParty: true,
      redirectUris: [thirdPartyRedirectUri],
      postLogoutRedirectUris: [],
      corsAllowedOrigins: [],
    });
  }

  /** A token for the current user with these scopes, signed in through the real OIDC flow. */
  async token(scopes: string[], { thirdParty = false, fresh = false } = {}): Promise<TokenSet> {
    const key = `${this.current.id}|${thirdParty ? thirdPartyClientId : 'spa'}|${scopes.join(' ')}`;
    const cached = this.#tokens.get(key);
    if (cached && !fresh) {
      return cached;
    }
    const client = thirdParty
      ? new OidcTestClient(this.emulator.url, { clientId: thirdPartyClientId, redirectUri: thirdPartyRedirectUri })
      : new OidcTestClient(this.emulator.url);
    const tokens = await client.signIn(this.current.identifier, this.current.password, { scopes });
    if (!fresh) {
      this.#tokens.set(key, tokens);
    }
    return tokens;
  }

  /**
   * A step-up record id: the one a hook prepared, else a fresh verified password record (what
   * POST /verifications/password creates), expired when the placeholder says so.
   */
  vid(placeholder = '<vid>'): string {
    if (this.nextVid) {
      this.lastVid = this.nextVid;
      this.nextVid = undefined;
      return this.lastVid;
    }
    const { id } = this.record({ type: 'Password', userId: this.current.id, verified: true });
    if (/expire/i.test(placeholder)) {
      this.state.verificationRecords.expire(id);
    }
    this.lastVid = id;
    return id;
  }

  /** The emulator's id for a verification record id seen in the recordings. */
  recordId(recorded: string): string {
    return this.#recordIds.get(recorded) ?? recorded;
  }

  async #api(path: string, body: unknown, { method = 'POST', vid }: { method?: string; vid?: string } = {}): Promise<RawResponse> {
    const { accessToken } = await this.token(recordedDefaultScopes);
    return request(new URL(path, this.emulator.url), {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, ...(vid ? { 'logto-verification-id': vid } : {}) },
      body,
    });
  }

  /**
   * A social verification of the recorded tenant's mock connector, made through the API for setup
   * the recordings did not capture; verified with `connectorData` (a `code` is added) when given.
   * `recordedId` names it as the recordings do.
   */
  async socialRecord(recordedId?: string, connectorData?: Record<string, unknown>): Promise<string> {
    const created = await this.#api('/api/verifications/social', {
      connectorId: recordedMockSocialConnectorId,
      state: 'setup',
      redirectUri: 'http://localhost:5173/social-callback',
    });
    const id = (created.json as { verificationRecordId?: string } | undefined)?.verificationRecordId;
    if (created.status !== 201 || !id) {
      throw new Error(`POST /verifications/social answered ${created.status}`);
    }
    if (connectorData) {
      const verified = await this.#api('/api/verifications/social/verify', {
        verificationRecordId: id,
        connectorData: { code: 'mock-code', ...connectorData },
      });
      if (verified.status !== 200) {
        throw new Error(`POST /verifications/social/verify answered ${verified.status} ${verified.text}`);
      }
    }
    if (recordedId) this.#recordIds.set(recordedId, id);
    return id;
  }

  /** Links (POST) or replaces (PUT) the record's identity on the current user, with a fresh VID. */
  async linkIdentity(recordId: string, method: 'POST' | 'PUT' = 'POST'): Promise<void> {
    const response = await this.#api(
      '/api/my-account/identities',
      { newIdentifierVerificationRecordId: recordId },
      { method, vid: this.vid() }
    );
    if (response.status !== 204) {
      throw new Error(`${method} /my-account/identities answered ${response.status} ${response.text}`);
    }
  }

  /** Stores the record's token set for the current user's identity (PUT …/access-token). */
  async storeAccessToken(target: string, recordId: string): Promise<void> {
    const response = await this.#api(
      `/api/my-account/identities/${encodeURIComponent(target)}/access-token`,
      { verificationRecordId: recordId },
      { method: 'PUT' }
    );
    if (response.status !== 200) {
      throw new Error(`PUT …/access-token answered ${response.status} ${response.text}`);
    }
  }

  /**
   * Sends a code through the Verification API as the current user, for recorded setup that was
   * not itself recorded; `recorded` names the id and code the recordings use for it.
   */
  async sendCode(identifier: CodeIdentifier, recorded: { id?: string; code?: string } = {}) {
    const response = await this.#api('/api/verifications/verification-code', { identifier });
    const id = (response.json as { verificationRecordId?: string } | undefined)?.verificationRecordId;
    const code = this.state.outbox.list(identifier.value)[0]?.code;
    if (response.status !== 201 || !id || !code) {
      throw new Error(`Sending a code to ${identifier.value} answered ${response.status}`);
    }
    if (recorded.id) this.#recordIds.set(recorded.id, id);
    if (recorded.code) this.#codes.set(recorded.code, code);
    return { id, code };
  }

  async verifyCode(identifier: CodeIdentifier, verificationId: string, code: string): Promise<RawResponse> {
    return this.#api('/api/verifications/verification-code/verify', { identifier, verificationId, code });
  }

  /** A new-identifier record verified through the API, under the id the recordings use. */
  async verifiedCodeRecord(identifier: CodeIdentifier, recordedId: string): Promise<void> {
    const { id, code } = await this.sendCode(identifier, { id: recordedId });
    const response = await this.verifyCode(identifier, id, code);
    if (response.status !== 200) {
      throw new Error(`Verifying the code sent to ${identifier.value} answered ${response.status}`);
    }
  }

  /** A password record created through the API, under the id the recordings use. */
  async passwordRecord(recordedId: string): Promise<void> {
    const response = await this.#api('/api/verifications/password', { password: this.current.password });
    const id = (response.json as { verificationRecordId?: string } | undefined)?.verificationRecordId;
    if (response.status !== 201 || !id) {
      throw new Error(`POST /verifications/password answered ${response.status}`);
    }
    this.#recordIds.set(recordedId, id);
  }

  /**
   * Learns from a replayed exchange what later ones refer to: record ids the emulator handed out,
   * codes it sent (checked against what Logto's connector received) and a changed password.
   * Returns the side-effect differences.
   */
  learnRecorded(exchange: RecordedExchange, response: RawResponse): string[] {
    const recordedId = (exchange.response.body as { verificationRecordId?: unknown } | null)?.verificationRecordId;
    const actualId = (response.json as { verificationRecordId?: unknown } | undefined)?.verificationRecordId;
    if (typeof recordedId === 'string' && typeof actualId === 'string') {
      this.#recordIds.set(recordedId, actualId);
    }
    const { request: sent } = exchange;
    if (sent.method === 'GET' && pathnameOf(sent.path) === '/api/my-account/mfa-verifications') {
      this.#learnFactorIds(exchange.response.body, response.json);
    }
    if (sent.method === 'GET' && pathnameOf(sent.path) === '/api/my-account/sessions') {
      this.#learnSessionIds(exchange.response.body, response.json);
    }
    if (sent.method === 'GET' && pathnameOf(sent.path) === '/api/my-account/grants') {
      this.#learnGrantIds(exchange.response.body, response.json);
    }
    if (sent.method === 'POST' && pathnameOf(sent.path) === '/api/my-account/password' && response.status === 204) {
      this.current.password = String((sent.body as { password?: unknown }).password);
    }

    const { mockEmailRecord: email, mockSmsRecord: sms } = exchange.sideEffect ?? {};
    const message = email ? { ...email, to: email.address, channel: 'email' } : sms && { ...sms, to: sms.phone, channel: 'sms' };
    if (!message) {
      return [];
    }
    const outboxEntry = this.state.outbox.list(message.to)[0];
    if (!outboxEntry) {
      return [`outbox: nothing sent to ${message.to}`];
    }
    this.#codes.set(message.code, outboxEntry.code);
    return [
      ...(outboxEntry.to === message.to ? [] : [`outbox: sent to ${outboxEntry.to}, recorded ${message.to}`]),
      ...(outboxEntry.channel === message.channel ? [] : [`outbox: channel ${outboxEntry.channel}, recorded ${message.channel}`]),
      ...(outboxEntry.templateType === message.type
        ? []
        : [`outbox: template ${outboxEntry.templateType}, recorded ${message.type}`]),
    ];
  }

  /** MFA lists are in binding order on both servers, so entries pair up by position and type. */
  #learnFactorIds(recorded: unknown, actual: unknown): void {
    if (!Array.isArray(recorded) || !Array.isArray(actual)) return;
    recorded.forEach((entry: { id?: unknown; type?: unknown }, index) => {
      const mine = actual[index] as { id?: unknown; type?: unknown } | undefined;
      if (typeof entry.id === 'string' && typeof mine?.id === 'string' && entry.type === mine.type) {
        this.#pathIds.set(entry.id, mine.id);
      }
    });
  }

  /**
   * Sessions are listed in creation order on both servers: uids pair up by position, and so do
   * the grant ids of their authorizations (one client each in the recordings).
   */
  #learnSessionIds(recorded: unknown, actual: unknown): void {
    type Listed = { payload?: { uid?: unknown; authorizations?: Record<string, { grantId?: unknown }> } };
    const list = (body: unknown) => ((body as { sessions?: unknown } | undefined)?.sessions ?? []) as Listed[];
    const mine = list(actual);
    // Some recordings trimmed the list to a count.
    if (!Array.isArray(mine) || !Array.isArray(list(recorded))) return;
    list(recorded).forEach((entry, index) => {
      const { uid, authorizations = {} } = entry.payload ?? {};
      const own = mine[index]?.payload;
      if (typeof uid === 'string' && typeof own?.uid === 'string') this.aliasId(uid, own.uid);
      const ownGrants = Object.values(own?.authorizations ?? {});
      Object.values(authorizations).forEach(({ grantId }, position) => {
        const ownGrantId = ownGrants[position]?.grantId;
        if (typeof grantId === 'string' && typeof ownGrantId === 'string') this.aliasId(grantId, ownGrantId);
      });
    });
  }

  /** Grants are listed in creation order on both servers. */
  #learnGrantIds(recorded: unknown, actual: unknown): void {
    const list = (body: unknown) => ((body as { grants?: unknown } | undefined)?.grants ?? []) as Array<{ id?: unknown }>;
    const mine = list(actual);
    if (!Array.isArray(mine) || !Array.isArray(list(recorded))) return;
    list(recorded).forEach(({ id }, index) => {
      const own = mine[index]?.id;
      if (typeof id === 'string' && typeof own === 'string') this.aliasId(id, own);
    });
  }

  /** Makes a recorded id in a path (MFA entry, session uid, grant) stand for the emulator's. */
  aliasId(recorded: string, actual: string): void {
    this.#pathIds.set(recorded, actual);
  }

  /** The recorded path with ids the emulator knows under other values. */
  #translatePath(path: string): string {
    return path.replace(idPath, (_whole, prefix: string, id: string) => `${prefix}${this.#pathIds.get(id) ?? id}`);
  }

  /**
   * Signs the current user in with a fresh browser (so a new OIDC session) and keeps the tokens
   * and the session's ids under the recordings' letter for it.
   */
  async signInSession(label: string, scopes: string[]): Promise<NamedSession> {
    const tokens = await new OidcTestClient(this.emulator.url).signIn(this.current.identifier, this.current.password, {
      scopes,
    });
    const token = await this.emulator.provider.AccessToken.find(tokens.accessToken);
    if (!token?.sessionUid || !token.grantId) {
      throw new Error(`Sign-in ${label} left no session-bound access token`);
    }
    const named = { tokens, uid: token.sessionUid, grantId: token.grantId };
    this.sessions.set(label, named);
    return named;
  }

  /**
   * A WebAuthn registration made through the API for one the recordings made without recording
   * it, named as they name it. The authenticator signed `challenge` over the recorded client data,
   * so the record adopts it (see `adoptChallenge`).
   */
  async webAuthnRegistration(recordedId: string, challenge: string): Promise<void> {
    const response = await this.#api('/api/verifications/web-authn/registration', undefined);
    const id = (response.json as { verificationRecordId?: string } | undefined)?.verificationRecordId;
    if (response.status !== 200 || !id) {
      throw new Error(`POST /verifications/web-authn/registration answered ${response.status}`);
    }
    this.#recordIds.set(recordedId, id);
    this.adoptChallenge(recordedId, challenge);
  }

  /**
   * Recorded registration payloads were made by an authenticator over the recorded challenge; the
   * emulator's record for that registration takes the recorded challenge so the payload verifies.
   */
  adoptChallenge(recordedId: string, challenge: string): void {
    const id = this.recordId(recordedId);
    const record = this.state.verificationRecords.findActive(id);
    if (record?.type !== 'WebAuthn') {
      throw new Error(`No WebAuthn record for ${recordedId}`);
    }
    this.state.verificationRecords.update(id, { data: { ...record.data, registrationChallenge: challenge } });
  }

  /** Binds a TOTP for the current user through PUT …/totp, as setup the recordings did not capture. */
  async bindTotp(): Promise<void> {
    const secret = generateTotpSecret();
    const response = await this.#api(
      '/api/my-account/mfa-verifications/totp',
      { secret, code: totpCodeAt(secret, this.state.clock.now()) },
      { method: 'PUT', vid: this.vid() }
    );
    if (response.status !== 204) {
      throw new Error(`PUT /mfa-verifications/totp answered ${response.status} ${response.text}`);
    }
  }

  /** The recorded body with record ids and codes the emulator knows under other values. */
  #translateBody(body: unknown): unknown {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return body;
    }
    return Object.fromEntries(
      Object.entries(body).map(([key, value]) => {
        if (typeof value !== 'string') return [key, value];
        if (recordIdKeys.includes(key)) return [key, this.recordId(value)];
        if (key === 'code') return [key, this.#codes.get(value) ?? value];
        if (key === 'client_id' && value === '<spa app id>') return [key, this.emulator.appId];
        const session = sessionRefreshTokenPlaceholder.exec(value)?.[1];
        if (key === 'refresh_token' && session) return [key, this.sessions.get(session)?.tokens.refreshToken ?? value];
        return [key, value];
      })
    );
  }

  record(input: Omit<VerificationRecord, 'id' | 'expiresAt'>): VerificationRecord {
    return this.state.verificationRecords.create(input);
  }

  /** Resolves the recordings' redacted `Authorization` values into real ones. */
  async authorization(value: string): Promise<string> {
    const match = /^(\S+)\s+<([^>]*)>$/.exec(value);
    if (!match) {
      return value;
    }
    const [, scheme = 'Bearer', placeholder = ''] = match;
    const colon = placeholder.indexOf(':');
    const kind = colon === -1 ? placeholder : placeholder.slice(0, colon);
    const description = colon === -1 ? '' : placeholder.slice(colon + 1).trim();

    if (kind.startsWith('id_token')) {
      return `${scheme} ${(await this.token(recordedDefaultScopes)).idToken ?? ''}`;
    }
    if (kind.startsWith('refresh_token')) {
      return `${scheme} ${(await this.token(recordedDefaultScopes)).refreshToken ?? ''}`;
    }
    if (kind.startsWith('M2M') || kind.startsWith('management-api JWT')) {
      // A real client_credentials JWT for the Management API, from the seeded provisioner.
      return `${scheme} ${await managementToken(this.emulator.url)}`;
    }

    const named = /^token of (?:session|sign-in) ([A-Z])\b/.exec(description)?.[1];
    if (named) {
      const session = this.sessions.get(named);
      if (!session) throw new Error(`No replay sign-in ${named}`);
      return `${scheme} ${session.tokens.accessToken}`;
    }
    if (description.includes('THIRD-PARTY')) {
      const scopes = /scopes ([\w: ]+)$/.exec(description)?.[1]?.split(' ') ?? ['openid'];
      return `${scheme} ${(await this.token(scopes, { thirdParty: true })).accessToken}`;
    }
    if (description.startsWith('expired')) {
      const { accessToken } = await this.token(recordedDefaultScopes, { fresh: true });
      this.emulator.oidcStore.expire('AccessToken', accessToken);
      return `${scheme} ${accessToken}`;
    }
    if (description.startsWith('revoked')) {
      const { accessToken } = await this.token(recordedDefaultScopes, { fresh: true });
      await request(new URL('/oidc/token/revocation', this.emulator.url), {
        method: 'POST',
        body: new URLSearchParams({ client_id: this.emulator.appId, token: accessToken }),
      });
      return `${scheme} ${accessToken}`;
    }
    if (description === 'scope openid only') {
      return `${scheme} ${(await this.token(['openid'])).accessToken}`;
    }
    if (description === 'no openid scope') {
      return `${scheme} ${(await this.token(['profile', 'email', 'offline_access'])).accessToken}`;
    }
    const scopes = description.split(' ').filter((word) => knownScope.test(word));
    return `${scheme} ${(await this.token(scopes.length > 0 ? scopes : recordedDefaultScopes)).accessToken}`;
  }

  /** Recorded ETags become the emulator's ETag for the same recorded state. */
  learnEtag(exchange: RecordedExchange, response: RawResponse): void {
    const recorded = exchange.response.headers.etag;
    const actual = response.header('etag');
    if (recorded && actual) {
      this.#etags.set(recorded, actual);
    }
  }

  async ifNoneMatch(value: string, exchange: RecordedExchange, headers: Record<string, string>): Promise<string> {
    let translated = value.replace(/"[^"]*"/g, (tag) => this.#etags.get(tag) ?? tag);
    if (translated === value && exchange.response.status === 304 && value !== '*') {
      // No earlier exchange produced this ETag: ask for the current one, as the client had.
      const { 'If-None-Match': _drop, ...rest } = headers;
      const current = await request(new URL(exchange.request.path, this.emulator.url), { headers: rest });
      const tag = current.header('etag');
      if (tag) {
        translated = value.replace(/"[^"]*"/, tag);
      }
    }
    return translated;
  }

  /** Sends the recorded request with placeholders resolved. */
  async send(exchange: RecordedExchange): Promise<RawResponse> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(exchange.request.headers ?? {})) {
      if (name === 'Authorization') {
        headers[name] = await this.authorization(value);
      } else if (name.toLowerCase() === 'logto-verification-id' && value.startsWith('<vid')) {
        headers[name] = this.vid(value);
      } else {
        headers[name] = value;
      }
    }
    if (headers['If-None-Match']) {
      headers['If-None-Match'] = await this.ifNoneMatch(headers['If-None-Match'], exchange, headers);
    }
    const body = this.#translateBody(exchange.request.body);
    const described = typeof body === 'string' ? multipartFromDescription(body) : undefined;
    if (described) {
      headers['Content-Type'] = described.contentType;
      return request(new URL(this.#translatePath(exchange.request.path), this.emulator.url), {
        method: exchange.request.method,
        headers,
        body: described.body,
      });
    }
    const isForm = headers['Content-Type'] === 'application/x-www-form-urlencoded';
    return request(new URL(this.#translatePath(exchange.request.path), this.emulator.url), {
      method: exchange.request.method,
      headers,
      body:
        body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : isForm
              ? new URLSearchParams(body as Record<string, string>).toString()
              : JSON.stringify(body),
    });
  }
}
