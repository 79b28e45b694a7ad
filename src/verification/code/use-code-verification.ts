import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import type { ApiError } from '../../api/error';
import type { VerificationRecord } from '../../api/types';
import { sendCode, verifyCode, type CodeTemplate, type Identifier } from '../../api/verifications';
import { logSend } from './send-log';

/** Logto's own pages wait a minute before offering to resend. */
export const resendCooldownMs = 60_000;

type Sent = { identifier: Identifier; record: VerificationRecord };

/**
 * One code round trip with Logto: send a code to an address, then check what the user typed.
 * The record's expiry is the one Logto gave when the code was sent; verifying does not extend it.
 */
export function useCodeVerification(templateType?: CodeTemplate) {
  const api = useApi();
  const [sent, setSent] = useState<Sent | undefined>();
  const [resendAt, setResendAt] = useState<number | undefined>();

  const send = useMutation<Sent, ApiError, Identifier>({
    mutationFn: async (identifier) => ({ identifier, record: await sendCode(api, identifier, templateType) }),
    onSuccess: (result) => {
      logSend(result.identifier.value);
      setSent(result);
      setResendAt(Date.now() + resendCooldownMs);
    },
  });

  const verify = useMutation<VerificationRecord, ApiError, string>({
    mutationFn: async (code) => {
      if (!sent) throw new Error('No code has been sent yet.');
      await verifyCode(api, sent.identifier, sent.record.verificationRecordId, code);
      return sent.record;
    },
  });

  const reset = () => {
    setSent(undefined);
    send.reset();
    verify.reset();
  };

  return { sent, resendAt, send, verify, reset };
}
