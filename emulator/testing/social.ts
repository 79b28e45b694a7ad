import type { Emulator } from '../server.js';
import type { ProviderAccount } from '../state/mock-providers.js';

import { accountApi } from './account-api.js';
import { request, type RawResponse } from './http.js';

export const socialCallbackUri = 'http://localhost:5173/social-callback';

const unescapeHtml = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Every named `<input>` of a page with its value, as a browser would submit the form. */
export const formFields = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<input\b[^>]*>/g)].flatMap(([tag]) => {
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '';
      return name ? [[name, unescapeHtml(value)]] : [];
    })
  );

/** The callback as an SPA hands it to `/social/verify`: every query parameter plus `redirectUri`. */
export const connectorDataOf = (callbackUrl: string): Record<string, string> => {
  const url = new URL(callbackUrl);
  return { ...Object.fromEntries(url.searchParams), redirectUri: `${url.origin}${url.pathname}` };
};

/**
 * The social linking flow as a browser runs it: start a verification, open the mock provider's
 * consent page, answer it (optionally as another provider account), follow the redirect back.
 */
export const socialApi = (emulator: () => Emulator) => {
  const { call } = accountApi(emulator);

  const start = async (
    token: string,
    connectorId: string,
    { state = 'state-1', redirectUri = socialCallbackUri, scope }: { state?: string; redirectUri?: string; scope?: string } = {}
  ) => {
    const response = await call('POST', '/api/verifications/social', token, {
      body: { connectorId, state, redirectUri, ...(scope ? { scope } : {}) },
    });
    if (response.status !== 201) {
      throw new Error(`POST /verifications/social answered ${response.status} ${response.text}`);
    }
    return response.json as { verificationRecordId: string; authorizationUri: string; expiresAt: string };
  };

  /** GETs the consent page, then submits it; returns the page and the redirect back to the app. */
  const consent = async (
    authorizationUri: string,
    { decision = 'allow', account = {} }: { decision?: 'allow' | 'deny'; account?: Partial<ProviderAccount> } = {}
  ): Promise<{ page: RawResponse; answer: RawResponse; callbackUrl: string }> => {
    const page = await request(authorizationUri);
    if (page.status !== 200) {
      throw new Error(`The consent page answered ${page.status}`);
    }
    const action = /<form method="post" action="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const fields = { ...formFields(page.text), ...account, decision };
    const answer = await request(new URL(unescapeHtml(action), authorizationUri), {
      method: 'POST',
      body: new URLSearchParams(fields as Record<string, string>),
    });
    return { page, answer, callbackUrl: answer.header('location') ?? '' };
  };

  const verify = (token: string, verificationRecordId: string, connectorData: Record<string, unknown>) =>
    call('POST', '/api/verifications/social/verify', token, { body: { verificationRecordId, connectorData } });

  /** Start, consent (allow) and verify; returns the verified record id. */
  const verifiedRecord = async (token: string, connectorId: string, account: Partial<ProviderAccount> = {}) => {
    const { verificationRecordId, authorizationUri } = await start(token, connectorId);
    const { callbackUrl } = await consent(authorizationUri, { account });
    const verified = await verify(token, verificationRecordId, connectorDataOf(callbackUrl));
    if (verified.status !== 200) {
      throw new Error(`verify answered ${verified.status} ${verified.text}`);
    }
    return verificationRecordId;
  };

  return { start, consent, verify, verifiedRecord };
};
