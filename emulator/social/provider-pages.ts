import { escapeHtml, htmlPage } from '../interactions/html.js';
import type { ProviderAccount } from '../state/mock-providers.js';

/** The authorization request as the consent form carries it between GET and POST. */
export type AuthorizeRequest = { clientId: string; redirectUri: string; state?: string; scope: string };

export type ConsentPageModel = {
  providerName: string;
  /** Where the form posts back (`/mock-social/<provider>/authorize`). */
  action: string;
  appName: string;
  request: AuthorizeRequest;
  account: ProviderAccount;
  error?: string;
};

const hidden = (name: string, value: string | undefined) =>
  value === undefined ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">\n`;

const field = (
  id: string,
  label: string,
  name: string,
  value: string | undefined,
  { type = 'text', autocomplete, invalid = false }: { type?: string; autocomplete?: string; invalid?: boolean } = {}
) =>
  `<label for="${id}">${label}
<input id="${id}" name="${name}" type="${type}" value="${escapeHtml(value ?? '')}" spellcheck="false" autocapitalize="none"${
    autocomplete ? ` autocomplete="${autocomplete}"` : ''
  }${invalid ? ' aria-invalid="true" aria-describedby="consent-error"' : ''}>
</label>`;

/**
 * The mock provider's consent page: which app asks, the provider account to sign in as
 * (editable, so a test can pick another account) and Allow / Deny. No script.
 */
export const consentPage = ({ providerName, action, appName, request, account, error }: ConsentPageModel): string =>
  htmlPage({
    title: `${providerName} – authorize`,
    standalone: true,
    body: `<main>
<h1>Sign in with ${escapeHtml(providerName)}</h1>
<p><strong>${escapeHtml(appName)}</strong> wants to access your ${escapeHtml(providerName)} account.</p>
<p class="app">Requested scope: <code>${escapeHtml(request.scope || '(none)')}</code>. Afterwards you return to <code>${escapeHtml(request.redirectUri)}</code>.</p>
${error ? `<p class="error" role="alert" id="consent-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" novalidate>
${hidden('client_id', request.clientId)}${hidden('redirect_uri', request.redirectUri)}${hidden('state', request.state)}${hidden('scope', request.scope)}<fieldset>
<legend>${escapeHtml(providerName)} account to sign in as</legend>
${field('account-id', 'Account ID', 'id', account.id, { invalid: Boolean(error) })}
${field('account-name', 'Name', 'name', account.name, { autocomplete: 'name' })}
${field('account-email', 'Email', 'email', account.email, { type: 'email', autocomplete: 'email' })}
${field('account-avatar', 'Avatar URL', 'avatar', account.avatar, { type: 'url' })}
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>
</main>`,
  });

/** An authorization request the provider refuses to show (unknown app, unregistered redirect URI). */
export const providerErrorPage = (providerName: string, message: string): string =>
  htmlPage({
    title: `${providerName} – authorization error`,
    standalone: true,
    body: `<main>
<h1>${escapeHtml(providerName)}: authorization error</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
</main>`,
  });

/** A deterministic round avatar with the account's first letter. */
export const avatarSvg = (name: string): string => {
  const letter = escapeHtml((name.match(/[a-z0-9]/i)?.[0] ?? '?').toUpperCase());
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><circle cx="48" cy="48" r="48" fill="hsl(${hash} 55% 38%)"/><text x="48" y="62" font-family="sans-serif" font-size="44" font-weight="700" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
};
