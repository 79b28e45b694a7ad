import type { ReactNode } from 'react';

/** A settings row: label, value (with why it is read-only, when it is), then its actions. */
export function RowLayout({ label, children, note, actions }: { label: string; children: ReactNode; note?: string; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 py-4 sm:flex-nowrap">
      <div className="w-full text-sm font-medium text-gray-700 sm:w-44 sm:shrink-0 dark:text-gray-300">{label}</div>
      <div className="min-w-0 flex-1 text-sm break-words text-gray-900 dark:text-gray-100">
        <div>{children}</div>
        {note && <p className="mt-1 text-xs text-gray-600 dark:text-gray-400">{note}</p>}
      </div>
      {actions && <div className="flex gap-1">{actions}</div>}
    </div>
  );
}
