import type { KoaContextWithOIDC } from 'oidc-provider';

import { htmlPage } from '../interactions/html.js';

/**
 * The logout page submits its own confirmation (Logto shows no "sign out?" screen). The submit
 * happens in a static script, since the emulator's pages allow no inline script.
 */
export const logoutSource = async (ctx: KoaContextWithOIDC, form: string): Promise<void> => {
  const autoSubmittingForm = form.replace(
    '</form>',
    '<input type="hidden" name="logout" value="yes"/><noscript><button type="submit">Sign out</button></noscript></form>'
  );
  ctx.type = 'html';
  ctx.body = htmlPage({
    title: 'Signing out',
    body: `<main><h1>Signing out…</h1>${autoSubmittingForm}</main>`,
    scripts: ['/emulator-assets/auto-submit.js'],
  });
};

export const postLogoutSuccessSource = async (ctx: KoaContextWithOIDC): Promise<void> => {
  ctx.type = 'html';
  ctx.body = htmlPage({
    title: 'Signed out',
    body: '<main><h1>Signed out</h1><p>You have been signed out.</p></main>',
  });
};
