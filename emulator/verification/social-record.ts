import { assertThat, RequestError } from '../http/request-error.js';
import type { SocialUserInfo } from '../social/types.js';
import type { SocialConnector } from '../state/connectors.js';
import type { EmulatorState } from '../state/store.js';
import type { StoredTokenSet } from '../state/token-vault.js';
import type { VerificationRecord } from '../state/verification-records.js';

/** The payload of a Social verification record (Logto's `SocialVerification` JSON). */
export type SocialRecordData = {
  connectorId: string;
  /** What `getAuthorizationUri` stored for the callback (state, redirect URI). */
  connectorSession: { state: string; redirectUri: string; connectorId: string };
  /** Set once verified: the provider user. */
  socialUserInfo?: SocialUserInfo;
  /** Set when the connector stored tokens at verification time (token storage on). */
  tokenSet?: StoredTokenSet;
};

export const socialDataOf = (record: VerificationRecord): SocialRecordData => record.data as SocialRecordData;

/**
 * Logto's `getConnector` + `SocialVerification.getConnectorData`: an unknown id is 422, a
 * connector of another type (email, SMS) is 400.
 */
export const socialConnectorById = (state: EmulatorState, connectorId: string): SocialConnector => {
  const found = state.connectors.find(connectorId);
  if (!found) {
    throw new RequestError({ code: 'session.invalid_connector_id', status: 422, interpolation: { connectorId } });
  }
  assertThat(found.type === 'social', 'connector.unexpected_type');
  return found.connector;
};

/**
 * `buildVerificationRecordByIdAndType(Social)`, `isVerified` and `toUserProfile()`: a missing,
 * expired, other-type or unverified record is the same 400; the target is the connector's.
 */
export const verifiedSocialIdentity = (state: EmulatorState, id: string) => {
  const record = state.verificationRecords.findActive(id);
  assertThat(record?.type === 'Social' && record.verified, 'verification_record.not_found');
  const data = socialDataOf(record);
  assertThat(data.socialUserInfo, 'verification_record.not_found');
  const connector = socialConnectorById(state, data.connectorId);
  return { data, connector, target: connector.target, userInfo: data.socialUserInfo };
};
