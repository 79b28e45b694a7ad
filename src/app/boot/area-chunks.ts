import type { ComponentType } from 'react';
import { loadOnce } from '../load-once';

type PageModule = Promise<{ default: ComponentType }>;

/**
 * The areas that load on demand, by route. The boot script starts the one a returning user opened
 * the page on together with the app's own code, instead of after the app has rendered its route.
 */
export const areaChunks: Record<string, () => PageModule> = {
  '/': loadOnce(() => import('../../features/overview/OverviewPage')),
  '/security': loadOnce(() => import('../../features/security/SecurityPage')),
  '/connections': loadOnce(() => import('../../features/connections/ConnectionsPage')),
  '/devices': loadOnce(() => import('../../features/devices/DevicesPage')),
};
