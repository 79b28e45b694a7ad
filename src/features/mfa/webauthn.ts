/**
 * @simplewebauthn/browser, loaded when the add-passkey dialog opens (before the click), so the
 * browser prompt still runs straight from the user's gesture, as Safari requires.
 */
export const loadWebAuthn = () => import('@simplewebauthn/browser');

export type PasskeyFailure = 'cancelled' | 'already_registered' | 'wrong_origin' | 'unsupported' | 'other';

/** What went wrong with the browser's passkey prompt, in terms the user can act on. */
export function classifyPasskeyError(error: unknown): PasskeyFailure {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') return 'already_registered';
  // The passkey's relying party is Logto's host; a page on another site may not create one for it.
  if (code === 'ERROR_INVALID_RP_ID' || code === 'ERROR_INVALID_DOMAIN' || name === 'SecurityError') return 'wrong_origin';
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return 'cancelled';
  if (name === 'NotSupportedError') return 'unsupported';
  return 'other';
}
