import type { ReactNode } from 'react';
import type { Locale } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { storeLocale } from '../i18n/locale-preference';
import { ThemeProvider } from '../theme/ThemeProvider';
import { ToastProvider } from '../ui/Toast';
import type { ThemePreference } from './config/schema';

/** What every page needs, including the config error page: theme, language, toasts. */
export function BaseProviders({ theme, locale, children }: { theme: ThemePreference; locale: Locale; children: ReactNode }) {
  return (
    <ThemeProvider initial={theme}>
      <I18nProvider initialLocale={locale} onLocaleChange={storeLocale}>
        <ToastProvider>{children}</ToastProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
