import { useSignInExperienceQuery } from '../../api/queries/public-settings';
import type { SignInExperience } from '../../api/types';
import { useAppConfig } from '../ConfigProvider';
import { useReadPublicSettings } from './public-settings';

/**
 * The tenant's sign-in experience as far as it is known: each part from the config snapshot when
 * the deployment wrote one, else from Logto's public endpoint when the browser may read it.
 * `pending` while that endpoint is still answering.
 */
export function useSignInExperience(): { experience: SignInExperience; pending: boolean } {
  const { config } = useAppConfig();
  const snapshot = (config.signInExperience ?? {}) as SignInExperience;
  const live = useSignInExperienceQuery(useReadPublicSettings());
  return { experience: { ...live.data, ...snapshot }, pending: live.isLoading };
}
