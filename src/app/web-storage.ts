/**
 * localStorage and sessionStorage that never throw. In an iframe on another site a browser may
 * deny storage altogether (reading `localStorage` throws); the app then keeps what it would have
 * stored in memory for the life of the page.
 */
export type SafeStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
};

function memoryStorage(): SafeStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

function resilient(get: () => Storage): SafeStorage {
  let storage: Storage | undefined;
  try {
    storage = get();
    const probe = '__account-center-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
  } catch {
    return memoryStorage();
  }
  const available = storage;
  return {
    getItem: (key) => available.getItem(key),
    setItem: (key, value) => available.setItem(key, value),
    removeItem: (key) => available.removeItem(key),
    keys: () => Object.keys(available),
  };
}

export const local: SafeStorage = resilient(() => window.localStorage);
export const session: SafeStorage = resilient(() => window.sessionStorage);
export { memoryStorage };
