import { useAppConfig } from '../ConfigProvider';
import type { PublicSettingsMode } from '../config/schema';

export function shouldReadPublicSettings(mode: PublicSettingsMode, endpoint: string, appOrigin: string) {
  if (mode === 'skip') return false;
  if (mode === 'read') return true;
  return new URL(endpoint).origin === appOrigin;
}

/** Whether this deployment can read Logto's public settings endpoints from the browser. */
export function useReadPublicSettings(): boolean {
  const { config } = useAppConfig();
  return shouldReadPublicSettings(config.publicSettings, config.endpoint, window.location.origin);
}
