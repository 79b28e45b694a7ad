import type { Page } from '@playwright/test';

/**
 * A platform authenticator in the browser, through the Chrome DevTools Protocol: it answers the
 * passkey prompt as a fingerprint reader would, with no person in the loop.
 */
export async function addVirtualAuthenticator(
  page: Page,
  { userVerified = true }: { userVerified?: boolean } = {},
): Promise<{ credentials: () => Promise<unknown[]> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable');
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: userVerified,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await session.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}
