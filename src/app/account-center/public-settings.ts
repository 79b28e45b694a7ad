import { useAppConfig } from '../ConfigProvider';
import { publicSettingsBase } from '../config/settings-source';

/** Where this deployment reads Logto's public settings from; `undefined` when it cannot. */
export function usePublicSettingsBase(): string | undefined {
  const { config, baseUrl } = useAppConfig();
  return publicSettingsBase(config, baseUrl, window.location.origin);
}
