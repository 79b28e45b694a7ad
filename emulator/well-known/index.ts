import type Router from '@koa/router';

import { rowsPassResponseGuard } from '../policies/custom-profile-fields.js';
import { toAccountCenterRow } from '../state/account-center.js';
import { publicSignInExperience } from '../state/sign-in-experience.js';
import type { EmulatorState } from '../state/store.js';

/** Public, unauthenticated `/api` helpers (CORS-closed to foreign origins unless opened). */
export const wellKnownRoutes = (router: Router, state: EmulatorState): void => {
  router.get('/.well-known/account-center', (ctx) => {
    ctx.body = toAccountCenterRow(state.accountCenter);
  });

  router.get('/.well-known/sign-in-exp', (ctx) => {
    const catalog = state.customProfileFields.list();
    if (!rowsPassResponseGuard(catalog)) {
      ctx.status = 500;
      ctx.body = { message: 'Internal server error.' };
      return;
    }
    ctx.body = publicSignInExperience(state.signInExperience, state.connectors.list(), catalog);
  });

  router.get('/status', (ctx) => {
    ctx.status = 204;
  });
};

/** `GET /.well-known/webauthn` at the server root: the WebAuthn related origins, no CORS. */
export const rootWellKnownRoutes = (router: Router, state: EmulatorState): void => {
  router.get('/.well-known/webauthn', (ctx) => {
    ctx.body = { origins: state.accountCenter.webauthnRelatedOrigins };
  });
};
