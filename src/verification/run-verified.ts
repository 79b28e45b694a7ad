import { ApiError, hasErrorCode } from '../api/error';
import type { VerificationStore } from './store';

export type PromptReason = 'required' | 'expired';
/** Shows the verification dialog; resolves with a fresh record id, rejects when cancelled. */
export type Prompt = (reason: PromptReason) => Promise<string>;

export type RunOptions = {
  /**
   * Logto asks for the record only when the user has a password, email or phone (setting a
   * first password, linking a social identity). Try without one; prompt only if Logto refuses.
   */
  optional?: boolean;
  /**
   * Never open the dialog: reads Logto guards with a record (the session list) explain why before
   * asking. Without a usable record this fails with `client.verification_required` instead.
   */
  noPrompt?: boolean;
};

const verificationRequired = () =>
  new ApiError({ status: 0, code: 'client.verification_required', message: 'Verify your identity to see this.' });

export const isPermissionDenied = (error: unknown) => hasErrorCode(error, 'verification_record.permission_denied');

/**
 * Runs a sensitive action with a step-up record: reuse the cached one, or prompt for one. When
 * Logto still answers `permission_denied` (expired early, revoked, another user), forget it,
 * prompt again and retry the same action once, so nothing the user typed is lost.
 */
export async function runVerified<T>(
  store: VerificationStore,
  prompt: Prompt,
  action: (verificationId: string | undefined) => Promise<T>,
  { optional = false, noPrompt = false }: RunOptions = {},
): Promise<T> {
  let verificationId = store.current();
  if (!verificationId && noPrompt) throw verificationRequired();
  if (!verificationId && !optional) verificationId = await prompt('required');
  try {
    return await action(verificationId);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    store.clear();
    if (noPrompt) throw verificationRequired();
    const fresh = await prompt(verificationId ? 'expired' : 'required');
    return action(fresh);
  }
}
