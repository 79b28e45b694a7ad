import { pathnameOf, type RecordedExchange } from './recordings.js';

export type RoutePattern = { method: string; path: string | RegExp };

/**
 * Routes whose recorded exchanges the emulator answers. A slice that adds routes adds them here;
 * every recorded exchange on any other route is reported as "not yet emulated".
 */
export const emulatedRoutes: RoutePattern[] = [
  // Account API
  { method: 'GET', path: '/api/my-account' },
  { method: 'HEAD', path: '/api/my-account' },
  { method: 'PATCH', path: '/api/my-account' },
  { method: 'PATCH', path: '/api/my-account/profile' },
  { method: 'POST', path: '/api/my-account/user-assets/avatar' },
  { method: 'POST', path: '/api/my-account/password' },
  { method: 'POST', path: '/api/my-account/primary-email' },
  { method: 'DELETE', path: '/api/my-account/primary-email' },
  { method: 'POST', path: '/api/my-account/primary-phone' },
  { method: 'DELETE', path: '/api/my-account/primary-phone' },
  { method: 'POST', path: '/api/my-account/identities' },
  { method: 'PUT', path: '/api/my-account/identities' },
  { method: 'DELETE', path: /^\/api\/my-account\/identities\/[^/]+$/ },
  { method: 'GET', path: /^\/api\/my-account\/identities\/[^/]+\/access-token$/ },
  { method: 'PUT', path: /^\/api\/my-account\/identities\/[^/]+\/access-token$/ },
  { method: 'GET', path: /^\/api\/my-account\/sso-identities\/[^/]+\/access-token$/ },
  { method: 'GET', path: '/api/my-account/mfa-verifications' },
  { method: 'POST', path: '/api/my-account/mfa-verifications' },
  { method: 'PUT', path: '/api/my-account/mfa-verifications/totp' },
  { method: 'POST', path: '/api/my-account/mfa-verifications/totp-secret/generate' },
  { method: 'POST', path: '/api/my-account/mfa-verifications/backup-codes/generate' },
  { method: 'GET', path: '/api/my-account/mfa-verifications/backup-codes' },
  { method: 'PATCH', path: /^\/api\/my-account\/mfa-verifications\/[^/]+\/name$/ },
  { method: 'DELETE', path: /^\/api\/my-account\/mfa-verifications\/[^/]+$/ },
  { method: 'GET', path: '/api/my-account/mfa-settings' },
  { method: 'PATCH', path: '/api/my-account/mfa-settings' },
  { method: 'GET', path: '/api/my-account/logto-configs' },
  { method: 'PATCH', path: '/api/my-account/logto-configs' },
  { method: 'GET', path: '/api/my-account/sessions' },
  { method: 'DELETE', path: /^\/api\/my-account\/sessions\/[^/]+$/ },
  { method: 'GET', path: '/api/my-account/grants' },
  { method: 'DELETE', path: /^\/api\/my-account\/grants\/[^/]+$/ },
  // Verification API
  { method: 'POST', path: '/api/verifications/password' },
  { method: 'POST', path: '/api/verifications/verification-code' },
  { method: 'POST', path: '/api/verifications/verification-code/verify' },
  { method: 'POST', path: '/api/verifications/social' },
  { method: 'POST', path: '/api/verifications/social/verify' },
  { method: 'POST', path: '/api/verifications/web-authn/registration' },
  { method: 'POST', path: '/api/verifications/web-authn/registration/verify' },
  // Public helpers
  { method: 'GET', path: '/api/.well-known/account-center' },
  { method: 'GET', path: '/api/.well-known/sign-in-exp' },
  { method: 'GET', path: '/api/status' },
  { method: 'GET', path: '/.well-known/webauthn' },
  // Management API subset
  { method: 'GET', path: '/api/account-center' },
  { method: 'PATCH', path: '/api/account-center' },
  { method: 'GET', path: '/api/applications' },
  { method: 'POST', path: '/api/applications' },
  { method: 'GET', path: /^\/api\/applications\/[^/]+$/ },
  { method: 'PATCH', path: /^\/api\/applications\/[^/]+$/ },
  { method: 'GET', path: '/api/sign-in-exp' },
  { method: 'GET', path: '/api/connectors' },
  { method: 'GET', path: '/api/sso-connectors' },
  { method: 'GET', path: '/api/custom-profile-fields' },
  // OIDC (exchanges with replayable inputs)
  { method: 'GET', path: '/oidc/me' },
  { method: 'GET', path: '/oidc/.well-known/openid-configuration' },
  { method: 'OPTIONS', path: '/oidc/token' },
  { method: 'POST', path: '/oidc/token' },
  // Router and CORS behaviour that does not depend on a route existing
  { method: 'OPTIONS', path: /^\/api\/(my-account|verifications)(\/|$)/ },
  { method: 'OPTIONS', path: '/api/.well-known/sign-in-exp' },
  { method: 'DELETE', path: '/api/my-account' },
  { method: 'PUT', path: '/api/my-account' },
  { method: 'GET', path: '/api/my-account/does-not-exist' },
  // Registered by Logto only with dev features on; production answers 404.
  { method: 'GET', path: '/api/my-account/trusted-devices' },
];

export const isEmulated = ({ request }: RecordedExchange): boolean => {
  const pathname = pathnameOf(request.path);
  return emulatedRoutes.some(
    ({ method, path }) =>
      method === request.method && (typeof path === 'string' ? path === pathname : path.test(pathname))
  );
};

/** A redacted refresh token the replay holds for a session it signed in (see `ReplayContext`). */
export const sessionRefreshTokenPlaceholder = /^<refresh token of session ([A-Z])>$/;

/** Exchanges on emulated routes that cannot be replayed as recorded, with the reason. */
export const notReplayable = (exchange: RecordedExchange): string | undefined => {
  const { request } = exchange;
  const refreshToken = (request.body as { refresh_token?: unknown } | undefined)?.refresh_token;
  if (
    request.method === 'POST' &&
    request.path === '/oidc/token' &&
    !(typeof refreshToken === 'string' && sessionRefreshTokenPlaceholder.test(refreshToken))
  ) {
    return 'request carries redacted codes and tokens; oidc.test.ts covers the token endpoint';
  }
  if (request.headers?.Origin === 'http://localhost:3002') {
    return "Logto lets its admin-console origin through; the emulator has no admin console";
  }
  return undefined;
};
