import { isLocale, locales, type Locale } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useTheme } from '../../theme/ThemeProvider';
import { inputClass } from '../../ui/field-styles';
import { themePreferences, type ThemePreference } from '../config/schema';
import { preferencesHeight } from './PreferencesSlot';

/** Each language in its own words: whoever cannot read the page still finds theirs. */
const languageNames: Record<Locale, string> = {
  en: 'English',
  ar: 'العربية',
  cs: 'Čeština',
  de: 'Deutsch',
  es: 'Español',
  'fa-IR': 'فارسی',
  fr: 'Français',
  he: 'עברית',
  hi: 'हिन्दी',
  id: 'Bahasa Indonesia',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nl: 'Nederlands',
  'pl-PL': 'Polski',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  ru: 'Русский',
  sv: 'Svenska',
  th: 'ไทย',
  'tr-TR': 'Türkçe',
  'uk-UA': 'Українська',
  vi: 'Tiếng Việt',
  'zh-CN': '简体中文',
  'zh-HK': '繁體中文（香港）',
  'zh-TW': '繁體中文（台灣）',
};

/** Theme and language, available signed in or not. Loaded after the page (see PreferencesSlot). */
export default function Preferences() {
  const { t, locale, setLocale } = useI18n();
  const { preference, setPreference } = useTheme();
  return (
    <div className={`flex flex-wrap items-center gap-4 text-sm ${preferencesHeight}`}>
      <label className="flex items-center gap-2">
        <span className="text-gray-700 dark:text-gray-300">{t('preferences.theme')}</span>
        <select
          className={`${inputClass} w-auto py-1`}
          value={preference}
          onChange={(event) => setPreference(event.target.value as ThemePreference)}
        >
          {themePreferences.map((theme) => (
            <option key={theme} value={theme}>
              {t(`preferences.theme.${theme}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <span className="text-gray-700 dark:text-gray-300">{t('preferences.language')}</span>
        <select
          className={`${inputClass} w-auto py-1`}
          value={locale}
          onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
