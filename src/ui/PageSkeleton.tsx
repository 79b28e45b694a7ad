import { useT } from '../i18n/I18nProvider';
import { Skeleton } from './Skeleton';

/** A section of the stand-in: how many rows, and whether the first one holds a picture (the avatar). */
export type SkeletonSection = { rows: number; picture?: boolean };

const defaultSections: SkeletonSection[] = [{ rows: 4 }, { rows: 6 }];

/**
 * Stand-in sections while a page's data loads. They use the boxes and paddings of `Section` and
 * `RowLayout`, and pages pass their own row counts, so nothing below jumps when the data lands.
 */
export function PageSkeleton({ sections = defaultSections }: { sections?: SkeletonSection[] }) {
  const t = useT();
  return (
    // `data-skeleton`: the app's shell hides its footer while a page shows this (AppShell.tsx).
    <div role="status" aria-label={t('common.loading')} data-skeleton="" className="flex flex-col gap-6">
      <Skeleton className="h-8 w-48" />
      {sections.map(({ rows, picture }, section) => (
        <div key={section} className="rounded-xl border border-gray-200 bg-white px-4 py-2 sm:px-6 dark:border-gray-800 dark:bg-gray-900">
          <div className="flex h-9 items-end">
            <Skeleton className="h-5 w-40" />
          </div>
          <div className="divide-y divide-gray-200 dark:divide-gray-800">
            {Array.from({ length: rows }, (_, row) => (
              <div key={row} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-4 sm:flex-nowrap">
                <Skeleton className="h-5 w-full sm:w-44 sm:shrink-0" />
                {picture && row === 0 ? <Skeleton className="size-16 rounded-full" /> : <Skeleton className="h-5 flex-1" />}
                <Skeleton className="ml-auto h-8 w-16" />
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
