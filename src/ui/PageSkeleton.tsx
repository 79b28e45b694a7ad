import { useT } from '../i18n/I18nProvider';
import { Skeleton } from './Skeleton';

/** Stand-in sections while a page's data loads. */
export function PageSkeleton() {
  const t = useT();
  return (
    <div role="status" aria-label={t('common.loading')} className="flex flex-col gap-6">
      {[4, 6].map((rows, section) => (
        <div key={section} className="rounded-xl border border-gray-200 bg-white p-6 dark:border-gray-800 dark:bg-gray-900">
          <Skeleton className="mb-6 h-5 w-40" />
          {Array.from({ length: rows }, (_, row) => (
            <div key={row} className="flex items-center gap-4 py-3">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-4 flex-1" />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
