import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { queryKeys } from '../../api/query-keys';
import { bindIdentity, replaceIdentityToken, verifySocial } from '../../api/social';
import { useAppConfig } from '../../app/ConfigProvider';
import { useStepUp } from '../../verification/VerificationProvider';
import { callbackPath } from './use-start-link';
import type { PendingLink } from './pending-link';

/**
 * Completes a link once the provider has answered: Logto checks the provider's answer, then the
 * identity is linked (POST), replaced (PUT) or its stored token renewed.
 */
export function useFinishLink() {
  const api = useApi();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const { baseUrl } = useAppConfig();

  return async (link: PendingLink, params: Record<string, string>) => {
    const redirectUri = new URL(callbackPath, baseUrl).href;
    await verifySocial(api, link.verificationRecordId, { ...params, redirectUri });
    if (link.mode === 'reconnect') {
      // Only the status is wanted; the token in the answer is dropped right here.
      await replaceIdentityToken(api, link.target, link.verificationRecordId);
    } else {
      if (link.stepUp) stepUp.restore(link.stepUp);
      const method = link.mode === 'replace' ? 'PUT' : 'POST';
      await stepUp.run((verificationId) => bindIdentity(api, method, link.verificationRecordId, verificationId), { optional: true });
    }
    // Removed, not refetched over: a new connection starts the token's story afresh (see token-status.ts).
    queryClient.removeQueries({ queryKey: queryKeys.tokenStatus('social', link.target) });
    await queryClient.invalidateQueries({ queryKey: queryKeys.account() });
  };
}
