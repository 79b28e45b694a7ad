import { parseConfig, type ConfigResult } from './schema';

/**
 * Reads `config.json` next to index.html. Boot code, not a feature: it runs before the API
 * client exists and talks to this app's own host, not to Logto.
 */
export async function loadConfig(baseUrl: URL): Promise<ConfigResult> {
  const defaults = {
    endpoint: import.meta.env.VITE_LOGTO_ENDPOINT as string | undefined,
    appId: import.meta.env.VITE_LOGTO_APP_ID as string | undefined,
    scopes: import.meta.env.VITE_LOGTO_SCOPES as string | undefined,
    settingsPath: import.meta.env.VITE_LOGTO_SETTINGS_PATH as string | undefined,
  };
  let file: unknown;
  try {
    // Same mode and credentials as index.html's <link rel="preload">, so the browser hands over
    // the response it already has. Hosts send config.json with `no-cache`: it is never stale.
    // eslint-disable-next-line no-restricted-globals -- see above
    const response = await fetch(new URL('config.json', baseUrl), { credentials: 'same-origin' });
    if (response.status !== 404) {
      if (!response.ok) {
        return {
          ok: false,
          problems: [{ field: 'config.json', reason: 'config.problem.http', fix: 'config.fix.file', vars: { status: String(response.status) } }],
        };
      }
      const text = await response.text();
      try {
        file = JSON.parse(text);
      } catch (error) {
        return {
          ok: false,
          problems: [
            { field: 'config.json', reason: 'config.problem.not_json', fix: 'config.fix.file', vars: { detail: (error as Error).message } },
          ],
        };
      }
    }
  } catch {
    return { ok: false, problems: [{ field: 'config.json', reason: 'config.problem.unreachable', fix: 'config.fix.file' }] };
  }
  return parseConfig(file, defaults);
}
