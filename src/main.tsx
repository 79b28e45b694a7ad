import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appBaseUrl } from './app/base-url';
import { BaseProviders } from './app/BaseProviders';
import { loadConfig } from './app/config/load-config';
import { createAppContext } from './app/create-app';
import { ConfigErrorPage } from './app/pages/ConfigErrorPage';
import { FramingRefusedPage } from './app/pages/FramingRefusedPage';
import { FullPageMessage } from './app/shell/FullPageMessage';
import { detectEmbedMode, isSignInPopup } from './embed/mode';
import { useT } from './i18n/I18nProvider';
import { initialLocale } from './i18n/locale-preference';
import './index.css';
import { applyTheme, storedTheme } from './theme/theme';

// Before anything renders, so a dark-mode user never sees a light flash.
applyTheme(storedTheme() ?? 'system');

function PopupDone() {
  const t = useT();
  return (
    <FullPageMessage title={t('popup.title')}>
      <p className="text-sm">{t('popup.body')}</p>
    </FullPageMessage>
  );
}

// No top-level await: it would stop the bundler from keeping shared code in the entry chunk.
async function boot() {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element.');
  const root = createRoot(rootElement);
  const render = (node: ReactNode, theme = storedTheme() ?? 'system', locale = initialLocale('auto')) =>
    root.render(
      <StrictMode>
        <BaseProviders theme={theme} locale={locale}>
          {node}
        </BaseProviders>
      </StrictMode>,
    );

  const baseUrl = appBaseUrl();

  // The sign-in popup of a framed copy only carries Logto's answer back to the frame.
  if (isSignInPopup() && window.location.href.startsWith(new URL('callback', baseUrl).href)) {
    const { returnAnswerToOpener } = await import('./embed/popup');
    if (returnAnswerToOpener()) return render(<PopupDone />);
  }

  const result = await loadConfig(baseUrl);
  if (!result.ok) return render(<ConfigErrorPage problems={result.problems} />);
  const { config } = result;
  const theme = storedTheme() ?? config.theme;
  const locale = initialLocale(config.locale);

  const mode = detectEmbedMode(config.embed.allowedOrigins);
  if (mode.kind === 'refused') return render(<FramingRefusedPage baseUrl={baseUrl} />, theme, locale);
  if (mode.kind === 'framed') document.documentElement.dataset.embedded = '';
  // Only a framed copy pays for the host protocol.
  const embedding = mode.kind === 'framed' ? (await import('./embed/embedding')).createEmbedding(mode) : undefined;

  render(<App context={createAppContext(config, baseUrl, embedding)} />, theme, locale);
}

void boot();
