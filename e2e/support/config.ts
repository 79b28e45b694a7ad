import type { Page } from '@playwright/test';
import { emulatorUrl, siteConfig } from './env';

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

/**
 * A config.json carrying the tenant's connectors, as the provisioning command writes it for a
 * deployment that cannot read Logto's public settings from the browser.
 */
export async function useTenantSnapshot(page: Page, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${emulatorUrl}/api/.well-known/sign-in-exp`);
  const { socialConnectors, ssoConnectors, mfa, passwordPolicy } = (await response.json()) as Record<string, unknown>;
  await useConfig(page, { signInExperience: { socialConnectors, ssoConnectors, mfa, passwordPolicy, ...extra } });
}
