import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appBaseUrl } from './app/base-url';
import { BaseProviders } from './app/BaseProviders';
import { bootConfig } from './app/boot/early-requests';
import { createAppContext } from './app/create-app';
import { preconnect, startFirstQueries } from './app/first-queries';
import { detectEmbedMode, isSignInPopup } from './embed/mode';
import { setActiveLocale } from './i18n/active-locale';
import { loadMessages, type Catalog } from './i18n/i18n';
import { initialLocale } from './i18n/locale-preference';
import { applyTheme, storedTheme } from './theme/theme';

// Before anything renders, so a dark-mode user never sees a light flash.
applyTheme(storedTheme() ?? 'system');

// No top-level await: it would stop the bundler from keeping shared code in the entry chunk.
async function boot() {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element.');
  const root = createRoot(rootElement);
  // As a transition, React renders the first page in slices and lets the browser in between: on a
  // slow phone that is the difference between one long frozen task and a page that stays responsive.
  const render = (node: ReactNode, theme = storedTheme() ?? 'system', locale = initialLocale('auto'), messages?: Catalog) =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <BaseProviders theme={theme} locale={locale} messages={messages}>
            {node}
          </BaseProviders>
        </StrictMode>,
      ),
    );

  const baseUrl = appBaseUrl();

  // The sign-in popup of a framed copy only carries Logto's answer back to the frame.
  if (isSignInPopup() && window.location.href.startsWith(new URL('callback', baseUrl).href)) {
    const [{ returnAnswerToOpener }, { PopupDone }] = await Promise.all([import('./embed/popup'), import('./app/pages/PopupDone')]);
    if (returnAnswerToOpener()) return render(<PopupDone />);
  }

  const result = await bootConfig(baseUrl);
  // The error pages load only when needed, with their words (app/pages/messages.en.ts).
  if (!result.ok) {
    const { default: ConfigErrorPage } = await import('./app/pages/ConfigErrorPage');
    return render(<ConfigErrorPage problems={result.problems} />);
  }
  const { config } = result;
  preconnect(config.endpoint);
  const theme = storedTheme() ?? config.theme;
  const locale = initialLocale(config.locale);
  // Another language's words load beside the rest, so the first page is already in it (and laid out
  // in its direction) instead of switching from English a moment later.
  const messages = locale === 'en' ? undefined : loadMessages(locale).catch(() => undefined);

  const mode = detectEmbedMode(config.embed.allowedOrigins);
  if (mode.kind === 'refused') {
    const { default: FramingRefusedPage } = await import('./app/pages/FramingRefusedPage');
    return render(<FramingRefusedPage baseUrl={baseUrl} />, theme, locale);
  }
  if (mode.kind === 'framed') document.documentElement.dataset.embedded = '';
  // Only a framed copy pays for the host protocol.
  const embedding = mode.kind === 'framed' ? (await import('./embed/embedding')).createEmbedding(mode) : undefined;

  const context = createAppContext(config, baseUrl, embedding);
  startFirstQueries(context);
  const words = await messages;
  if (words) setActiveLocale(locale);
  render(<App context={context} />, theme, locale, words);
}

void boot();
