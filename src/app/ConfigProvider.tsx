import { createContext, use, type ReactNode } from 'react';
import type { AppConfig } from './config/schema';

type ConfigValue = { config: AppConfig; baseUrl: URL };

const ConfigContext = createContext<ConfigValue | undefined>(undefined);

export function ConfigProvider({ value, children }: { value: ConfigValue; children: ReactNode }) {
  return <ConfigContext value={value}>{children}</ConfigContext>;
}

export function useAppConfig(): ConfigValue {
  const value = use(ConfigContext);
  if (!value) throw new Error('useAppConfig must be used inside <ConfigProvider>.');
  return value;
}
