import type { ApiDeps } from '../http/api-context.js';

import { emailPhoneRoutes } from './email-phone.js';
import { passwordRoutes } from './password.js';
import { profileRoutes } from './profile.js';

/** Account API route modules, mounted under `/api`. Later slices add theirs here. */
export const accountRoutes = (deps: ApiDeps): void => {
  profileRoutes(deps);
  passwordRoutes(deps);
  emailPhoneRoutes(deps);
};
