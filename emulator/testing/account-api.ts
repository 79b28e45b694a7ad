import type { Emulator } from '../server.js';
import type { OutboxMessage } from '../state/outbox.js';

import { request, type RawResponse } from './http.js';
import { getTokens } from './oidc-client.js';

export type CodeIdentifier = { type: 'email' | 'phone'; value: string };

/**
 * Account and Verification API calls as the SPA makes them, plus the control API, for tests of
 * one emulator. `vid` becomes the `logto-verification-id` header.
 */
export const accountApi = (emulator: () => Emulator) => {
  const call = (
    method: string,
    path: string,
    token: string,
    { body, vid }: { body?: unknown; vid?: string } = {}
  ): Promise<RawResponse> =>
    request(`${emulator().url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Origin: 'http://localhost:5173',
        ...(vid ? { 'logto-verification-id': vid } : {}),
      },
      body,
    });

  const control = (method: string, path: string, body?: unknown) =>
    request(`${emulator().url}/__emulator${path}`, { method, body });

  const signIn = async (username: string, password: string, scopes?: string[]) =>
    (await getTokens(emulator().url, username, password, scopes ? { scopes } : {})).accessToken;

  const outbox = async (to?: string) =>
    (await control('GET', `/outbox${to ? `?to=${encodeURIComponent(to)}` : ''}`)).json as OutboxMessage[];

  const sendCode = async (token: string, identifier: CodeIdentifier, templateType?: string) =>
    call('POST', '/api/verifications/verification-code', token, {
      body: { identifier, ...(templateType ? { templateType } : {}) },
    });

  const verifyCode = (token: string, identifier: CodeIdentifier, verificationId: string, code: string) =>
    call('POST', '/api/verifications/verification-code/verify', token, {
      body: { identifier, verificationId, code },
    });

  /** Sends a code, reads it from the outbox and verifies it; returns the record id. */
  const verifiedRecord = async (token: string, identifier: CodeIdentifier): Promise<string> => {
    const sent = await sendCode(token, identifier);
    const { verificationRecordId } = sent.json as { verificationRecordId: string };
    const [message] = await outbox(identifier.value);
    const verified = await verifyCode(token, identifier, verificationRecordId, message?.code ?? '');
    if (verified.status !== 200) {
      throw new Error(`verify answered ${verified.status} ${verified.text}`);
    }
    return verificationRecordId;
  };

  const passwordVid = async (token: string, password: string): Promise<string> => {
    const response = await call('POST', '/api/verifications/password', token, { body: { password } });
    return (response.json as { verificationRecordId: string }).verificationRecordId;
  };

  return { call, control, signIn, outbox, sendCode, verifyCode, verifiedRecord, passwordVid };
};
