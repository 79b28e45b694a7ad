/** What tests import: start an emulator in-process and drive it like a browser would. */
export { createEmulator, type Emulator } from './server.js';
export type { EmulatorOptions } from './config.js';
export { demoUser } from './state/seed.js';
export { demoClientId } from './state/clients.js';
export type { OutboxMessage } from './state/outbox.js';
export { request, CookieJar, type RawResponse } from './testing/http.js';
export {
  getTokens,
  OidcTestClient,
  defaultScopes,
  type TokenSet,
  type AuthorizeOptions,
  type AuthorizationResult,
} from './testing/oidc-client.js';
export { decodeJwt, verifyEs384 } from './testing/jwt.js';
export { SoftwareAuthenticator, type CreationOptions } from './testing/software-authenticator.js';
export { totpCodeAt } from './policies/totp.js';
export { images, multipartBody, postAvatar, avatarFile, type FormPart } from './testing/uploads.js';
