import { useAccountCenterSettingsQuery } from '../../api/queries/public-settings';
import type { AccountCenterSettings } from '../../api/types';
import { useAppConfig } from '../ConfigProvider';
import { useReadPublicSettings } from './public-settings';

type Known = Partial<Pick<AccountCenterSettings, 'deleteAccountUrl' | 'profileFields'>>;

/**
 * The account center's own settings beyond the field controls (see field-controls.ts): each from
 * the config snapshot when the deployment wrote it, else from Logto's public settings when the
 * browser may read them.
 */
export function useAccountCenterSettings(): Known {
  const { config } = useAppConfig();
  const snapshot = config.accountCenter ?? {};
  const complete = snapshot.deleteAccountUrl !== undefined && snapshot.profileFields !== undefined;
  const live = useAccountCenterSettingsQuery(useReadPublicSettings() && !complete);
  return {
    deleteAccountUrl: snapshot.deleteAccountUrl !== undefined ? snapshot.deleteAccountUrl : live.data?.deleteAccountUrl,
    profileFields: snapshot.profileFields !== undefined ? snapshot.profileFields : live.data?.profileFields,
  };
}
