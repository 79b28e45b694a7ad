/** Every react-query key of the app comes from here, so invalidation can target exact entries. */
const root = ['account-center'] as const;

export const queryKeys = {
  root,
  account: () => [...root, 'my-account'] as const,
  accountCenterSettings: () => [...root, 'account-center-settings'] as const,
  signInExperience: () => [...root, 'sign-in-experience'] as const,
  mfaVerifications: () => [...root, 'mfa-verifications'] as const,
  mfaSettings: () => [...root, 'mfa-settings'] as const,
  userInfo: () => [...root, 'userinfo'] as const,
  /** Sessions and grants: read with a step-up record, so kept apart from the account. */
  sessions: () => [...root, 'sessions'] as const,
  allGrants: () => [...root, 'grants'] as const,
  grants: (appType: 'firstParty' | 'thirdParty') => [...root, 'grants', appType] as const,
  tokenStatus: (kind: 'social' | 'sso', id: string) => [...root, 'token-status', kind, id] as const,
  /** Set once Logto answers `storage.not_configured` to a photo upload. */
  avatarUploadsUnavailable: () => [...root, 'avatar-uploads-unavailable'] as const,
  /** Controls Logto's refusals taught during this session (`field_not_editable`, `field_not_enabled`). */
  learnedControls: () => [...root, 'learned-controls'] as const,
};
