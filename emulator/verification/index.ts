import type { ApiDeps } from '../http/api-context.js';

import { passwordVerificationRoutes } from './password.js';
import { socialVerificationRoutes } from './social.js';
import { verificationCodeRoutes } from './verification-code.js';
import { webAuthnVerificationRoutes } from './web-authn.js';

/** Verification API route modules, mounted under `/api`. */
export const verificationRoutes = (deps: ApiDeps): void => {
  passwordVerificationRoutes(deps);
  verificationCodeRoutes(deps);
  socialVerificationRoutes(deps);
  webAuthnVerificationRoutes(deps);
};
