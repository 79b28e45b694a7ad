import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

type DialogProps = {
  open: boolean;
  title: string;
  description?: ReactNode;
  onClose: () => void;
  /**
   * Where focus goes when the control that opened the dialog is gone once it closes (a removed
   * row's button): the nearest sensible place, such as the section heading.
   */
  returnFocusTo?: () => HTMLElement | null | undefined;
  children: ReactNode;
};

/**
 * The one dialog of the app, on the native <dialog>: the browser gives us the focus trap, the
 * inert background, Escape and the top layer, so no library is needed.
 */
export function Dialog({ open, title, description, onClose, returnFocusTo, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const t = useT();
  const fallback = useRef(returnFocusTo);
  useEffect(() => {
    fallback.current = returnFocusTo;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before showModal; mark the field to focus with data-autofocus instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    // Dialogs are usually unmounted while still open, and a removed <dialog> restores no focus:
    // hand it back ourselves, once the dialog no longer makes the page inert.
    return () => {
      if (dialog.open) dialog.close();
      const target = opener?.isConnected ? opener : fallback.current?.();
      target?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-gray-200 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-black/50 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
    >
      {open && (
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label={t('common.close')}
              className="rounded-md p-1 text-gray-600 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand dark:text-gray-400 dark:hover:bg-gray-800"
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
          {description && (
            <div id={descriptionId} className="text-sm text-gray-600 dark:text-gray-400">
              {description}
            </div>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}
