import { escapeHtml, htmlPage } from './html.js';

export type SignInPageModel = {
  appName: string;
  identifier?: string;
  error?: string;
};

export const signInPage = ({ appName, identifier = '', error }: SignInPageModel): string =>
  htmlPage({
    title: 'Sign in',
    body: `<main>
<h1>Sign in</h1>
<p class="app">to continue to ${escapeHtml(appName)}</p>
${error ? `<p class="error" role="alert" id="sign-in-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/sign-in" novalidate${error ? ' aria-describedby="sign-in-error"' : ''}>
<label for="identifier">Username or email
<input id="identifier" name="identifier" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(identifier)}"${identifier ? '' : ' autofocus'}${error ? ' aria-invalid="true"' : ''}>
</label>
<label for="password">Password
<input id="password" name="password" type="password" autocomplete="current-password" required${identifier ? ' autofocus' : ''}${error ? ' aria-invalid="true"' : ''}>
</label>
<div class="actions">
<button type="submit" name="action" value="sign-in">Sign in</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</div>
</form>
</main>`,
  });

export const unknownSessionPage = (): string =>
  htmlPage({
    title: 'Unknown session',
    body: `<main>
<h1>Unknown session</h1>
<p>This sign-in request has expired or was not started here. Go back to the app and sign in again.</p>
</main>`,
  });
