import { useAccountCenterSettingsQuery } from '../../api/queries/public-settings';
import type { AccountCenterSettings } from '../../api/types';
import { useAppConfig } from '../ConfigProvider';
import { usePublicSettingsBase } from './public-settings';

type Known = Partial<Pick<AccountCenterSettings, 'deleteAccountUrl' | 'profileFields'>>;

/**
 * The account center's own settings beyond the field controls (see field-controls.ts): from
 * Logto's public settings where this deployment can read them, else from the config snapshot.
 */
export function useAccountCenterSettings(): Known {
  const { config } = useAppConfig();
  const snapshot = config.accountCenter ?? {};
  const { data: live } = useAccountCenterSettingsQuery(usePublicSettingsBase());
  return {
    deleteAccountUrl: live?.deleteAccountUrl !== undefined ? live.deleteAccountUrl : snapshot.deleteAccountUrl,
    profileFields: live?.profileFields !== undefined ? live.profileFields : snapshot.profileFields,
  };
}
