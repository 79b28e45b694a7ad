import type { DeviceKind } from '@/user-agent/user-agent';

const paths: Record<DeviceKind, string> = {
  desktop: 'M3 5h18v11H3zM8 20h8M12 16v4',
  mobile: 'M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2',
  tablet: 'M5 2h14a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2',
  tv: 'M2 5h20v12H2zM7 21h10',
  unknown: 'M4 4h16v12H4zM9 20h6M12 16v4',
};

/** A line drawing of the kind of device; decorative, the text says the same. */
export function DeviceIcon({ kind }: { kind: DeviceKind }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-6 w-6 shrink-0 text-gray-600 dark:text-gray-400"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[kind]} />
    </svg>
  );
}
