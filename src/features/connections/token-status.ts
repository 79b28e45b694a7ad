import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { hasErrorCode } from '../../api/error';
import { queryKeys } from '../../api/query-keys';
import { getIdentityToken, getSsoIdentityToken, type StoredTokenResponse } from '../../api/social';

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

/**
 * Asking for the status may make Logto refresh the stored token at the provider, or delete an
 * expired one, so it is only asked while the Connections page is open, once per visit, and never
 * on window focus or app start.
 */
export function useTokenStatus(kind: 'social' | 'sso', id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tokenStatus(kind, id ?? ''),
    queryFn: ({ signal }) =>
      tokenStatusOf(kind === 'social' ? getIdentityToken(api, id!, signal) : getSsoIdentityToken(api, id!, signal)),
    enabled: Boolean(id),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
