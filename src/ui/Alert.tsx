import type { ReactNode } from 'react';
import { cx } from './cx';

type Tone = 'error' | 'info' | 'success';

const tones: Record<Tone, string> = {
  error: 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200',
  info: 'border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-200',
  success: 'border-green-300 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200',
};

/** A message next to where something happened. Errors are announced as they appear. */
export function Alert({ tone = 'error', children, className, id }: { tone?: Tone; children: ReactNode; className?: string; id?: string }) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={cx('rounded-lg border px-3 py-2 text-sm', tones[tone], className)}>
      {children}
    </div>
  );
}
