import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appBaseUrl } from './app/base-url';
import { BaseProviders } from './app/BaseProviders';
import { loadConfig } from './app/config/load-config';
import { createAppContext } from './app/create-app';
import { ConfigErrorPage } from './app/pages/ConfigErrorPage';
import { initialLocale } from './i18n/locale-preference';
import './index.css';
import { applyTheme, storedTheme } from './theme/theme';

// Before anything renders, so a dark-mode user never sees a light flash.
applyTheme(storedTheme() ?? 'system');

// No top-level await: it would stop the bundler from keeping shared code in the entry chunk.
async function boot() {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element.');
  const root = createRoot(rootElement);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

  const baseUrl = appBaseUrl();
  const result = await loadConfig(baseUrl);
  if (!result.ok) {
    render(
      <BaseProviders theme={storedTheme() ?? 'system'} locale={initialLocale('auto')}>
        <ConfigErrorPage problems={result.problems} />
      </BaseProviders>,
    );
    return;
  }
  const context = createAppContext(result.config, baseUrl);
  render(
    <BaseProviders theme={storedTheme() ?? result.config.theme} locale={initialLocale(result.config.locale)}>
      <App context={context} />
    </BaseProviders>,
  );
}

void boot();
