import type { Page } from '@playwright/test';
import { siteConfig } from './env';

/**
 * Serves a different config.json to this page only. The page itself and every API call stay
 * real; only the deployment's settings file differs, as it would between two static hosts.
 */
export async function useConfig(page: Page, config: Record<string, unknown> | string) {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: typeof config === 'string' ? config : JSON.stringify({ ...siteConfig, ...config }),
    }),
  );
}
