import type { ApiDeps } from '../http/api-context.js';

import { profileRoutes } from './profile.js';

/** Account API route modules, mounted under `/api`. Later slices add theirs here. */
export const accountRoutes = (deps: ApiDeps): void => {
  profileRoutes(deps);
};
