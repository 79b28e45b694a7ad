import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setActiveLocale } from './active-locale';
import { createTranslator, loadMessages, type Catalog, type Locale, type Translate } from './i18n';
import { en } from './messages/en';

type I18nValue = {
  locale: Locale;
  t: Translate;
  /** `remember: false` for a language the user did not pick (a host page's). */
  setLocale: (locale: Locale, options?: { remember?: boolean }) => void;
};

const I18nContext = createContext<I18nValue | undefined>(undefined);

export function I18nProvider({
  initialLocale,
  initialMessages,
  onLocaleChange,
  children,
}: {
  initialLocale: Locale;
  /** `initialLocale`'s words when the boot already has them: the first render is in that language. */
  initialMessages?: Catalog;
  onLocaleChange?: (locale: Locale) => void;
  children: ReactNode;
}) {
  const [state, setState] = useState<{ locale: Locale; messages: Catalog }>(() =>
    initialMessages ? { locale: initialLocale, messages: initialMessages } : { locale: 'en', messages: en },
  );
  const [requested, setRequested] = useState<Locale>(initialLocale);

  useEffect(() => {
    let current = true;
    loadMessages(requested).then(
      // English is there from the start: keeping the same state spares the whole page a second render.
      (messages) => current && setState((shown) => (shown.locale === requested && shown.messages === messages ? shown : { locale: requested, messages })),
      (error: unknown) => console.error('Could not load the language catalog', requested, error),
    );
    return () => {
      current = false;
    };
  }, [requested]);

  useEffect(() => setActiveLocale(state.locale), [state.locale]);

  const value = useMemo<I18nValue>(
    () => ({
      locale: state.locale,
      t: createTranslator(state.locale, state.messages),
      setLocale: (locale, { remember = true } = {}) => {
        setRequested(locale);
        if (remember) onLocaleChange?.(locale);
      },
    }),
    [state, onLocaleChange],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}

export const useT = (): Translate => useI18n().t;
