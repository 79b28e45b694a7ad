import { useSignInExperienceQuery } from '../../api/queries/public-settings';
import type { SignInExperience } from '../../api/types';
import { useAppConfig } from '../ConfigProvider';
import { usePublicSettingsBase } from './public-settings';

/**
 * Live settings over the snapshot, which is only as fresh as the last provisioning. Logto's public
 * list of SSO connectors has no issuer; the snapshot's, matched by id, is kept.
 */
export function mergeSignInExperience(snapshot: SignInExperience, live: SignInExperience | undefined): SignInExperience {
  if (!live) return snapshot;
  const issuers = new Map((snapshot.ssoConnectors ?? []).map((connector) => [connector.id, connector.issuer]));
  const ssoConnectors = live.ssoConnectors?.map((connector) => ({ ...connector, issuer: connector.issuer ?? issuers.get(connector.id) }));
  return { ...snapshot, ...live, ...(ssoConnectors ? { ssoConnectors } : {}) };
}

/**
 * The tenant's sign-in experience as far as it is known: from Logto's public settings where this
 * deployment can read them, else (or for what they leave out) from the config snapshot.
 * `pending` while the settings are still answering.
 */
export function useSignInExperience(): { experience: SignInExperience; pending: boolean } {
  const { config } = useAppConfig();
  const snapshot = (config.signInExperience ?? {}) as SignInExperience;
  const live = useSignInExperienceQuery(usePublicSettingsBase());
  return { experience: mergeSignInExperience(snapshot, live.data), pending: live.isLoading };
}
