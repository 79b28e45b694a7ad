import { isThemePreference, type ThemePreference } from '../app/config/schema';
import { local } from '../app/web-storage';

const storageKey = 'account-center:theme';
const darkQuery = '(prefers-color-scheme: dark)';

export function storedTheme(): ThemePreference | undefined {
  const value = local.getItem(storageKey);
  return isThemePreference(value) ? value : undefined;
}

export function storeTheme(preference: ThemePreference) {
  local.setItem(storageKey, preference);
}

export function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference;
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** Sets the resolved theme on <html>; Tailwind's `dark:` variant keys off `data-theme`. */
export function applyTheme(preference: ThemePreference) {
  const theme = resolveTheme(preference);
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function watchSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
