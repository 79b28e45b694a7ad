import type { ApiDeps } from '../http/api-context.js';

import { passwordVerificationRoutes } from './password.js';

/** Verification API route modules, mounted under `/api`. */
export const verificationRoutes = (deps: ApiDeps): void => {
  passwordVerificationRoutes(deps);
};
