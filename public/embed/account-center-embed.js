/**
 * Embeds the Logto account center in a page of another product.
 *
 *   import { embedAccountCenter } from 'https://account.example.com/embed/account-center-embed.js';
 *   const account = embedAccountCenter({
 *     container: document.querySelector('#account'),
 *     url: 'https://account.example.com/profile',
 *     theme: 'dark',               // 'light' | 'dark' | 'system'
 *     locale: 'de',                // a BCP 47 tag: the app picks its closest language
 *     getAccessToken,              // optional: host-token mode (see README "Embedding")
 *     onEvent: (message) => {},    // ready, resize, route-changed, account-changed, signed-out, error
 *   });
 *   account.setTheme('light'); account.navigate('/security'); account.destroy();
 *
 * The page that embeds must be listed in the account center's config.json `embed.allowedOrigins`
 * (and in its Content-Security-Policy `frame-ancestors`). Messages go only to and come only from
 * the account center's origin.
 */
const protocol = 'logto-account-center';
const version = 1;

/**
 * @param {{
 *   container: Element,
 *   url: string,
 *   theme?: 'light' | 'dark' | 'system',
 *   locale?: string,
 *   title?: string,
 *   getAccessToken?: () => Promise<string | { accessToken: string, expiresAt: number }>,
 *   onEvent?: (message: { type: string, [key: string]: unknown }) => void,
 * }} options
 */
export function embedAccountCenter({ container, url, theme, locale, title = 'Account settings', getAccessToken, onEvent }) {
  const source = new URL(url, window.location.href);
  // Host-token mode is asked for in the URL; the token itself only ever travels by postMessage.
  if (getAccessToken) source.searchParams.set('embed', 'host-token');
  const origin = source.origin;

  const frame = document.createElement('iframe');
  frame.src = source.href;
  frame.title = title;
  // Passkeys and copying codes work inside the frame only when the embedding page allows them.
  frame.allow = 'publickey-credentials-create; publickey-credentials-get; clipboard-write';
  frame.style.cssText = 'display:block;width:100%;height:480px;border:0;';
  container.append(frame);

  const post = (type, payload = {}) => frame.contentWindow?.postMessage({ protocol, version, type, ...payload }, origin);
  // Kept so a frame that loads again (after signing in, say) gets the host's current choice.
  let currentTheme = theme;
  let currentLocale = locale;

  const sendToken = async () => {
    try {
      const answer = await getAccessToken();
      // A bare token: ask again in a minute; the host's Logto SDK answers from its cache.
      const token = typeof answer === 'string' ? { accessToken: answer, expiresAt: Date.now() + 60_000 } : answer;
      post('token', token);
    } catch {
      post('token-error');
    }
  };

  const receive = (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || message.protocol !== protocol || Math.trunc(message.version) !== version) return;
    if (message.type === 'ready') {
      if (currentTheme) post('set-theme', { theme: currentTheme });
      if (currentLocale) post('set-locale', { locale: currentLocale });
      if (getAccessToken && message.hostToken) void sendToken();
    } else if (message.type === 'resize' && Number.isFinite(message.height)) {
      frame.style.height = `${Math.max(0, message.height)}px`;
    } else if (message.type === 'token-request' && getAccessToken) {
      void sendToken();
    }
    onEvent?.(message);
  };
  window.addEventListener('message', receive);

  return {
    frame,
    setTheme: (next) => post('set-theme', { theme: (currentTheme = next) }),
    setLocale: (next) => post('set-locale', { locale: (currentLocale = next) }),
    navigate: (path) => post('navigate', { path }),
    signOut: () => post('sign-out'),
    destroy: () => {
      window.removeEventListener('message', receive);
      frame.remove();
    },
  };
}
