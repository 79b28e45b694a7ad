import type { ReactNode } from 'react';
import type { Catalog, Locale } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { storeLocale } from '../i18n/locale-preference';
import { ThemeProvider } from '../theme/ThemeProvider';
import { ToastProvider } from '../ui/Toast';
import type { ThemePreference } from './config/schema';

/** What every page needs, including the config error page: theme, language, toasts. */
export function BaseProviders({
  theme,
  locale,
  messages,
  children,
}: {
  theme: ThemePreference;
  locale: Locale;
  /** `locale`'s words, when already loaded. */
  messages?: Catalog;
  children: ReactNode;
}) {
  return (
    <ThemeProvider initial={theme}>
      <I18nProvider initialLocale={locale} initialMessages={messages} onLocaleChange={storeLocale}>
        <ToastProvider>{children}</ToastProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
