import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import type { ApiError } from '../../api/error';
import { useAccountQuery } from '../../api/queries/account';
import { startSocialVerification } from '../../api/social';
import { useAppConfig } from '../../app/ConfigProvider';
import { useStepUp } from '../../verification/VerificationProvider';
import { randomState, savePendingLink, type LinkMode } from './pending-link';

export const callbackPath = 'social-callback';

/**
 * Starts linking (or relinking) a provider: proof of identity first when Logto will want it, then
 * a social verification with a fresh `state`, then the full-page trip to the provider.
 */
export function useStartLink() {
  const api = useApi();
  const stepUp = useStepUp();
  const { baseUrl } = useAppConfig();
  const { data: account } = useAccountQuery();
  return useMutation<void, ApiError, { connectorId: string; target: string; mode: LinkMode }>({
    mutationFn: async ({ connectorId, target, mode }) => {
      // Logto asks for a step-up record to link only when the user has a password, email or phone;
      // storing a provider token again (reconnect) never needs one.
      if (mode !== 'reconnect' && account?.hasSecurityVerificationMethod !== false) await stepUp.ensure();
      const state = randomState();
      const redirectUri = new URL(callbackPath, baseUrl).href;
      const started = await startSocialVerification(api, { connectorId, state, redirectUri });
      savePendingLink({
        connectorId,
        target,
        mode,
        state,
        verificationRecordId: started.verificationRecordId,
        expiresAt: started.expiresAt,
        stepUp: mode === 'reconnect' ? undefined : stepUp.carryOver(),
      });
      window.location.assign(started.authorizationUri);
    },
  });
}
