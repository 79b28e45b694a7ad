import type { ComponentType } from 'react';

type PageModule = Promise<{ default: ComponentType }>;

const once = (load: () => PageModule) => {
  let loading: PageModule | undefined;
  return () => (loading ??= load());
};

/**
 * The areas that load on demand, by route. The boot script starts the one a returning user opened
 * the page on together with the app's own code, instead of after the app has rendered its route.
 */
export const areaChunks: Record<string, () => PageModule> = {
  '/': once(() => import('../../features/overview/OverviewPage')),
  '/security': once(() => import('../../features/security/SecurityPage')),
  '/connections': once(() => import('../../features/connections/ConnectionsPage')),
  '/devices': once(() => import('../../features/devices/DevicesPage')),
};
