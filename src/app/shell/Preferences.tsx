import { isLocale, locales, type Locale } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useTheme } from '../../theme/ThemeProvider';
import { inputClass } from '../../ui/field-styles';
import { themePreferences, type ThemePreference } from '../config/schema';

const languageNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Theme and language, available signed in or not. */
export function Preferences() {
  const { t, locale, setLocale } = useI18n();
  const { preference, setPreference } = useTheme();
  return (
    <div className="flex flex-wrap items-center gap-4 text-sm">
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
