// A Cloudflare Pages Function: copy this folder (functions/) to the root of the Pages project.
// Logto's public settings, read live by the app (config.json: "settingsPath": "logto-settings/").
// Logto lets no other origin read them, so the function asks on the browser's behalf: only GET,
// only these two names; no query string, cookie or authorization header goes to Logto.
// Set LOGTO_ENDPOINT (e.g. https://your-tenant.logto.app) in the project's environment variables.
const forwarded = new Set(['account-center', 'sign-in-exp']);

export async function onRequestGet({ params, env }) {
  if (!forwarded.has(params.name)) return new Response('Not found', { status: 404 });
  const endpoint = String(env.LOGTO_ENDPOINT ?? '').replace(/\/+$/, '');
  const upstream = await fetch(`${endpoint}/api/.well-known/${params.name}`, { headers: { accept: 'application/json' } });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-cache' },
  });
}
