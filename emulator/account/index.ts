import type { ApiDeps } from '../http/api-context.js';

import { emailPhoneRoutes } from './email-phone.js';
import { grantRoutes } from './grants.js';
import { identityRoutes } from './identities.js';
import { mfaSettingsRoutes } from './mfa-settings.js';
import { mfaVerificationRoutes } from './mfa-verifications.js';
import { passwordRoutes } from './password.js';
import { profileRoutes } from './profile.js';
import { sessionRoutes } from './sessions.js';
import { thirdPartyTokenRoutes } from './third-party-tokens.js';
import { userAssetRoutes } from './user-assets.js';

/** Account API route modules, mounted under `/api`. Later slices add theirs here. */
export const accountRoutes = (deps: ApiDeps): void => {
  profileRoutes(deps);
  userAssetRoutes(deps);
  passwordRoutes(deps);
  emailPhoneRoutes(deps);
  identityRoutes(deps);
  thirdPartyTokenRoutes(deps);
  mfaVerificationRoutes(deps);
  mfaSettingsRoutes(deps);
  sessionRoutes(deps);
  grantRoutes(deps);
};
