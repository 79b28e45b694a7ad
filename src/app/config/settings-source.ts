import type { AppConfig } from './schema';

/**
 * Where this deployment reads Logto's public settings (`account-center`, `sign-in-exp`) from, or
 * `undefined` when it cannot. Logto refuses other origins these reads in production, so a host
 * that forwards them under `settingsPath` is the way to live settings on any domain; a Logto on
 * this very origin, or one opened to it (`"read"`), is read directly.
 */
export function publicSettingsBase(config: Pick<AppConfig, 'publicSettings' | 'settingsPath' | 'endpoint'>, baseUrl: URL, appOrigin: string) {
  if (config.publicSettings === 'skip') return undefined;
  if (config.settingsPath !== undefined) return new URL(config.settingsPath, baseUrl).href;
  const direct = config.publicSettings === 'read' || new URL(config.endpoint).origin === appOrigin;
  return direct ? `${config.endpoint}/api/.well-known/` : undefined;
}
