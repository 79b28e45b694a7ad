/**
 * The URL the app is served under (`https://host/` or `https://host/account/`), found at run time
 * so one build works under any sub-path. Built files live in `<base>/assets/`, so the base is one
 * level above this module, whatever deep link loaded the page. Routes stay one segment deep so
 * relative asset URLs in index.html resolve from every route.
 */
export function appBaseUrl(): URL {
  if (import.meta.env.DEV) return new URL(import.meta.env.BASE_URL === './' ? '/' : import.meta.env.BASE_URL, window.location.origin);
  return new URL(/* @vite-ignore */ '../', import.meta.url);
}

export const routerBasename = (base: URL) => base.pathname.replace(/\/+$/, '');
