import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { cx } from './cx';

type ToastTone = 'success' | 'error' | 'info';
type Toast = { id: number; message: string; tone: ToastTone };
type ToastApi = { show: (message: string, tone?: ToastTone) => void };

const ToastContext = createContext<ToastApi | undefined>(undefined);
const visibleMs = 5000;

/** The one toast of the app: a polite live region that keeps the last few messages. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const t = useT();

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const api = useMemo<ToastApi>(
    () => ({
      show(message, tone = 'success') {
        const id = nextId.current++;
        setToasts((list) => [...list.slice(-2), { id, message, tone }]);
        window.setTimeout(() => dismiss(id), visibleMs);
      },
    }),
    [dismiss],
  );

  return (
    <ToastContext value={api}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={cx(
              'pointer-events-auto flex max-w-md items-center gap-3 rounded-lg px-4 py-3 text-sm shadow-lg',
              toast.tone === 'error'
                ? 'bg-red-800 text-white dark:bg-red-300 dark:text-gray-950'
                : 'bg-gray-900 text-white dark:bg-gray-100 dark:text-gray-950',
            )}
          >
            <span>{toast.message}</span>
            <button
              type="button"
              onClick={() => dismiss(toast.id)}
              aria-label={t('common.dismiss')}
              className="rounded px-1 focus-visible:outline-2 focus-visible:outline-current"
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>.');
  return api;
}
