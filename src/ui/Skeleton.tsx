import { cx } from './cx';

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx('animate-pulse rounded-md motion-reduce:animate-none bg-gray-200 dark:bg-gray-800', className)} />;
}
