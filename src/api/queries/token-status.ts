import { queryOptions, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import { useApi } from '../ApiProvider';
import { hasErrorCode } from '../error';
import { queryKeys } from '../query-keys';
import { getIdentityToken, getSsoIdentityToken, type StoredTokenResponse } from '../social';

export type TokenStatus =
  | { state: 'stored'; expiresAt?: number; scopes: string[] }
  | { state: 'none' }
  | { state: 'expired' };

/**
 * Turns Logto's Secret Vault answer into a status. The token itself is never read, kept or shown:
 * only its expiry and scopes leave this function, so the query cache never holds it.
 */
export async function tokenStatusOf(request: Promise<StoredTokenResponse>, now = Date.now): Promise<TokenStatus> {
  try {
    const { expires_in: expiresIn, scope } = await request;
    return {
      state: 'stored',
      expiresAt: typeof expiresIn === 'number' ? now() + expiresIn * 1000 : undefined,
      scopes: scope ? scope.split(/[\s,]+/).filter(Boolean) : [],
    };
  } catch (error) {
    if (hasErrorCode(error, 'secrets.third_party_token_set.token_not_found')) return { state: 'none' };
    // Expired and not refreshable either way: only a new connection brings a token back.
    if (hasErrorCode(error, 'secrets.third_party_token_set.access_token_expired', 'connector.token_storage_not_supported')) {
      return { state: 'expired' };
    }
    throw error;
  }
}

const tokenStatusQuery = (api: ApiClient, queryClient: QueryClient, kind: 'social' | 'sso', id: string) => {
  const queryKey = queryKeys.tokenStatus(kind, id);
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => {
      const previous = queryClient.getQueryData<TokenStatus>(queryKey);
      const status = await tokenStatusOf(kind === 'social' ? getIdentityToken(api, id, signal) : getSsoIdentityToken(api, id, signal));
      // Logto deletes an expired token when asked about it, so the next answer is "none": keep
      // saying "expired" until the user reconnects (which drops this cache entry).
      return previous?.state === 'expired' && status.state === 'none' ? previous : status;
    },
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
};

/**
 * Asking for the status may make Logto refresh the stored token at the provider, or delete an
 * expired one, so it is only asked where the user looks at it (the Connections page and the
 * overview's checkup), once per visit, and never on window focus or app start.
 */
export function useTokenStatus(kind: 'social' | 'sso', id: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({ ...tokenStatusQuery(api, queryClient, kind, id ?? ''), enabled: Boolean(id) });
}

/** The statuses of several linked providers at once, asked in parallel. */
export function useSocialTokenStatuses(targets: string[]) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQueries({ queries: targets.map((target) => tokenStatusQuery(api, queryClient, 'social', target)) });
}
