import { Link } from 'react-router';
import { useT } from '@/i18n/I18nProvider';
import { buttonClass } from '@/ui/Button';
import { cx } from '@/ui/cx';
import type { Check, CheckStatus } from './checks';

const badges: Record<CheckStatus, string> = {
  fine: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  look: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  risk: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

const marks: Record<CheckStatus, string> = { fine: '✓', look: '!', risk: '✕' };

/** One check: the status in words (never colour alone), why it matters, and its one action. */
export function CheckRow({ check }: { check: Check }) {
  const t = useT();
  return (
    <li className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-2 py-4 sm:grid-cols-[auto_1fr_auto]">
      <span aria-hidden="true" className={cx('mt-0.5 flex size-6 items-center justify-center rounded-full text-sm font-bold', badges[check.status])}>
        {marks[check.status]}
      </span>
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium text-gray-900 dark:text-gray-100">
          {t(check.title)}
          <span className={cx('rounded-full px-2 py-0.5 text-xs font-medium', badges[check.status])}>{t(`overview.status.${check.status}`)}</span>
        </p>
        <p className="mt-1 text-gray-700 dark:text-gray-300">{t(check.body, check.vars)}</p>
      </div>
      {check.action && (
        <Link
          to={check.action.to}
          className={buttonClass(check.status === 'fine' ? 'ghost' : 'secondary', 'sm', 'col-start-2 justify-self-start sm:col-start-3')}
        >
          {t(check.action.label, check.action.vars)}
        </Link>
      )}
    </li>
  );
}
