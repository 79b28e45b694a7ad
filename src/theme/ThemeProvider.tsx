import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ThemePreference } from '../app/config/schema';
import { applyTheme, storeTheme, watchSystemTheme } from './theme';

type ThemeValue = { preference: ThemePreference; setPreference: (preference: ThemePreference) => void };

const ThemeContext = createContext<ThemeValue | undefined>(undefined);

export function ThemeProvider({ initial, children }: { initial: ThemePreference; children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(initial);

  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [preference]);

  const value = useMemo<ThemeValue>(
    () => ({
      preference,
      setPreference: (next) => {
        storeTheme(next);
        setPreferenceState(next);
      },
    }),
    [preference],
  );

  return <ThemeContext value={value}>{children}</ThemeContext>;
}

export function useTheme(): ThemeValue {
  const value = use(ThemeContext);
  if (!value) throw new Error('useTheme must be used inside <ThemeProvider>.');
  return value;
}
