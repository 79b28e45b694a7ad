import type { Middleware } from 'koa';

/** Submits `form[data-auto-submit]` or oidc-provider's logout form once the page has loaded. */
const autoSubmitScript = `'use strict';
(function () {
  var form = document.querySelector('form[data-auto-submit]') || document.getElementById('op.logoutForm');
  if (form) { form.submit(); }
})();
`;

const stylesheet = `:root { color-scheme: light; font-family: system-ui, sans-serif; }
body { margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; background: #fff; color: #1b1b1f; }
main { width: min(24rem, 100% - 2rem); padding: 2rem; border: 1px solid #c4c4cc; border-radius: 0.75rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
p { margin: 0 0 1rem; }
form { display: grid; gap: 1rem; }
label { display: grid; gap: 0.25rem; font-weight: 600; }
input { font: inherit; padding: 0.5rem 0.75rem; border: 1px solid #75757f; border-radius: 0.375rem; }
input:focus-visible, button:focus-visible { outline: 2px solid #6139f6; outline-offset: 2px; }
.actions { display: flex; gap: 0.5rem; }
button { font: inherit; padding: 0.5rem 1rem; border-radius: 0.375rem; border: 1px solid #75757f; background: #fff; color: #1b1b1f; cursor: pointer; }
button[value="sign-in"], button[value="allow"] { background: #6139f6; border-color: #6139f6; color: #fff; }
fieldset { display: grid; gap: 1rem; margin: 0; padding: 1rem; border: 1px solid #c4c4cc; border-radius: 0.375rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
code { overflow-wrap: anywhere; }
.error { color: #b3261e; border: 1px solid currentColor; border-radius: 0.375rem; padding: 0.5rem 0.75rem; }
.app { color: #5e5e66; font-size: 0.875rem; }
`;

const assets: Record<string, { type: string; body: string }> = {
  '/emulator-assets/auto-submit.js': { type: 'application/javascript; charset=utf-8', body: autoSubmitScript },
  '/emulator-assets/emulator.css': { type: 'text/css; charset=utf-8', body: stylesheet },
};

export const serveAssets = (): Middleware => async (ctx, next) => {
  const asset = ctx.method === 'GET' || ctx.method === 'HEAD' ? assets[ctx.path] : undefined;
  if (!asset) {
    return next();
  }
  ctx.type = asset.type;
  ctx.body = asset.body;
  ctx.set('Cache-Control', 'no-cache');
};
