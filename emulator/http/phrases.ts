/**
 * English error messages by code, as a Logto server returns them. A few codes also have the
 * French and German text seen in recordings; anything else falls back to English.
 */
const en = {
  'account_center.field_not_editable': 'Field is not editable.',
  'account_center.field_not_enabled': 'Field is not enabled.',
  'account_center.not_enabled': 'Account center is not enabled.',
  'application.invalid_third_party_application_type':
    'Only traditional web applications can be marked as a third-party app.',
  'application.protected_app_metadata_is_required': 'Protected app metadata is required.',
  'application.protected_app_not_configured':
    'Protected app provider is not configured. This feature is not available for open source version.',
  'application.protected_application_only': 'The feature is only available for protected applications.',
  'application.saml.use_saml_app_api': 'Use `[METHOD] /saml-applications(/.*)?` API to operate SAML app.',
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'auth.jwt_sub_missing': 'Missing `sub` in JWT.',
  'auth.third_party_application_forbidden':
    'Third-party applications cannot modify account data through this API.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'connector.authorization_failed': "The user's authorization process is unsuccessful.",
  'connector.general': 'Error occurred in connector: {{errorDescription}}',
  'connector.invalid_response': "The connector's response is invalid.",
  'connector.not_found': 'Cannot find any available connector for type: {{type}}.',
  'connector.social_auth_code_invalid': 'Unable to get access token, please check authorization code.',
  'connector.social_invalid_access_token': "The connector's access token is invalid.",
  // Recorded with the trailing space.
  'connector.token_storage_not_supported': 'This connector does not support token storage. ',
  'connector.unexpected_type': "The connector's type is unexpected.",
  'custom_profile_fields.entity_not_exists_with_names': 'Cannot find entities with the given names: {{names}}',
  'custom_profile_fields.invalid_address_parts': 'Invalid address parts.',
  'custom_profile_fields.invalid_default_value': 'Invalid default value.',
  'custom_profile_fields.invalid_fullname_parts': 'Invalid fullname parts.',
  'custom_profile_fields.invalid_min_max_input': 'Invalid min and max input.',
  'custom_profile_fields.invalid_name': 'Invalid field name, only letters or numbers are allowed, case sensitive.',
  'custom_profile_fields.invalid_options': 'Invalid field options.',
  'custom_profile_fields.invalid_regex_format': 'Invalid regex format.',
  'custom_profile_fields.invalid_sub_component_type': 'Invalid sub-component type.',
  'custom_profile_fields.name_conflict_custom_data': 'Invalid field name. "{{name}}" is a reserved custom data key.',
  'custom_profile_fields.name_conflict_sign_in_identifier':
    'Invalid field name. "{{name}}" is a reserved sign-in identifier key.',
  'custom_profile_fields.name_exists': 'Field already exists with the given name.',
  'entity.invalid_input': 'Invalid input. Value list must not be empty.',
  'entity.not_exists_with_id': 'The {{name}} with ID `{{id}}` does not exist.',
  'entity.not_exists': 'The {{name}} does not exist.',
  'entity.not_found': 'The resource does not exist.',
  'entity.value_too_long': 'The length of value is too long and exceeds the limit.',
  'guard.invalid_input': 'The request {{type}} is invalid.',
  'guard.file_size_exceeded': 'File size exceeded.',
  'guard.invalid_pagination': 'The request pagination value is invalid.',
  'guard.mime_type_not_allowed': 'MIME type is not allowed.',
  'oidc.aborted': 'The end-user aborted interaction.',
  'oidc.access_denied': 'Access denied.',
  'oidc.insufficient_scope': 'Token missing scope `{{scope}}`.',
  'oidc.invalid_client_metadata': 'Invalid client metadata provided.',
  'oidc.invalid_grant': 'Grant request is invalid.',
  'oidc.invalid_issuer': 'Invalid issuer.',
  'oidc.invalid_redirect_uri':
    "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
  'oidc.invalid_request': 'Request is invalid.',
  'oidc.invalid_scope': 'Invalid scope: {{error_description}}.',
  'oidc.invalid_session_account_id': 'Session accountId mismatch.',
  'oidc.invalid_target': 'Invalid resource indicator.',
  'oidc.invalid_token': 'Invalid token provided.',
  'oidc.provider_error_fallback': 'An OIDC error occurred: {{code}}.',
  'oidc.server_error': 'An unknown OIDC error occurred. Please try again later.',
  'oidc.session_not_found': 'Session not found.',
  'oidc.unsupported_grant_type': 'Unsupported `grant_type` requested.',
  'oidc.unsupported_response_mode': 'Unsupported `response_mode` requested.',
  'oidc.unsupported_response_type': 'Unsupported `response_type` requested.',
  'password.rejected': 'Password rejected. Please check if your password meets the requirements.',
  'request.general': 'Request error occurred.',
  'request.invalid_input': 'Input is invalid. {{details}}',
  'request.message_rate_limited': 'Too many messages sent to this recipient. Please try again later.',
  'secrets.third_party_token_set.access_token_expired':
    'The access token has expired. Please reconnect your account.',
  'secrets.third_party_token_set.token_not_found': 'Token record not found.',
  'session.email_blocklist.email_not_allowed':
    'The email address "{{email}}" is restricted. Please choose a different one.',
  'session.email_blocklist.email_subaddressing_not_allowed': 'Email subaddressing is not allowed.',
  'session.email_blocklist.invalid_email': 'Invalid email address.',
  'session.insufficient_info': 'Insufficient sign-in info.',
  'session.mfa.backup_code_can_not_be_alone': 'Backup code can not be the only MFA.',
  'session.mfa.invalid_totp_code': 'Invalid TOTP code.',
  'session.mfa.mfa_factor_not_enabled': 'MFA factor is not enabled.',
  'session.mfa.webauthn_verification_failed': 'WebAuthn verification failed.',
  'session.invalid_connector_id': 'Unable to find available connector with id {{connectorId}}.',
  'session.invalid_credentials': 'Incorrect account or password. Please check your input.',
  'session.not_found': 'Session not found. Please go back and sign in again.',
  'session.verification_blocked_too_many_attempts':
    'Too many attempts in a short time. Please try again {{relativeTime}}.',
  'storage.not_configured': 'Storage provider is not configured.',
  'storage.upload_error': 'Failed to upload file to the storage provider.',
  'user.backup_code_already_in_use': 'Backup code is already in use.',
  'user.email_already_in_use': 'This email is associated with an existing account.',
  'user.identity_already_in_use': 'The social account has been associated with an existing account.',
  'user.identity_not_exist': 'The social account has not been registered yet.',
  'user.identity_not_exists_in_current_user':
    'The specified identity does not exist in the current user account. Please link the identity before proceeding.',
  'user.last_sign_in_method_required': 'You need to keep at least one identifier in your account.',
  'user.phone_already_in_use': 'This phone number is associated with an existing account.',
  'user.same_password': 'New password cannot be the same as your old password.',
  'user.suspended': 'This account is suspended.',
  'user.totp_already_in_use': 'TOTP is already in use.',
  'user.totp_secret_invalid': 'Invalid TOTP secret supplied.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.username_too_long': 'Username is too long.',
  'user.wrong_backup_code_format': 'Backup code format is invalid.',
  'verification_code.code_mismatch': 'Invalid verification code.',
  'verification_code.email_mismatch': 'Email mismatch. Please request a new verification code.',
  'verification_code.exceed_max_try':
    'Verification code retries limitation exceeded. Please request a new verification code.',
  'verification_code.expired': 'Verification code has expired. Please request a new verification code.',
  'verification_code.not_found': 'Verification code not found. Please send verification code first.',
  'verification_code.phone_mismatch': 'Phone mismatch. Please request a new verification code.',
  'verification_record.not_found': 'Verification record not found.',
  'verification_record.permission_denied': 'Permission denied, please re-authenticate.',
  'verification_record.social_verification.invalid_target':
    'Invalid verification record. Expected {{expected}} but got {{actual}}.',
  'verification_record.social_verification.token_response_not_found':
    'Token response not found. Please check that token storage is supported and enabled for the social connector.',
} as const;

export type ErrorCode = keyof typeof en;

const translations: Record<string, Partial<Record<ErrorCode, string>>> = {
  en,
  fr: { 'verification_record.permission_denied': 'Permission refusée, veuillez vous réauthentifier.' },
  de: { 'verification_record.permission_denied': 'Zugriff verweigert, bitte erneut authentifizieren.' },
};

/** Languages Logto ships; a request may pick any of them, the emulator only knows a few phrases. */
const supportedLanguages = new Set([
  'ar', 'cs', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'pl-PL', 'pt-BR', 'pt-PT', 'ru', 'th', 'tr-TR', 'uk-UA', 'zh-CN', 'zh-HK', 'zh-TW',
]);

const interpolate = (template: string, values: Record<string, unknown>) =>
  template.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(values[key] ?? ''));

export const translate = (
  code: ErrorCode,
  language: string,
  values: Record<string, unknown> = {}
): string => {
  const template = translations[language]?.[code] ?? en[code];
  return interpolate(template, values);
};

const matchSupported = (tag: string): string | undefined => {
  const exact = [...supportedLanguages].find((language) => language.toLowerCase() === tag.toLowerCase());
  if (exact) {
    return exact;
  }
  const primary = tag.split('-')[0]?.toLowerCase();
  return [...supportedLanguages].find((language) => language.toLowerCase() === primary);
};

/** `?locale=` first, then `Accept-Language` by q-value, limited to supported languages. */
export const detectLanguage = (query: string | undefined, acceptLanguage: string | undefined): string => {
  if (query) {
    const match = matchSupported(query);
    if (match) {
      return match;
    }
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const match = matchSupported(tag);
    if (match) {
      return match;
    }
  }
  return 'en';
};
