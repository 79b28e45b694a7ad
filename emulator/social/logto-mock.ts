import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { ConnectorError } from './connector-error.js';
import type { SocialConnectorBehaviour, SocialUserInfo } from './types.js';

/** connector-kit's `tokenResponseGuard`. */
export const tokenResponseGuard = z.object({
  access_token: z.string(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
  id_token: z.string().optional(),
});

const callbackGuard = z.object({
  code: z.string(),
  userId: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  name: z.string().optional(),
  avatar: z.string().optional(),
});

const withTokenResponse = callbackGuard.extend({ tokenResponse: tokenResponseGuard.optional() });

/**
 * Logto's own mock social connector (`connector-mock-social`), as the recorded tenant had it: the
 * authorization URI points at `http://mock-social/`, any `code` is accepted, and the callback data
 * itself names the social user (and, with token storage, the token response). It cannot refresh.
 */
export const logtoMockBehaviour: SocialConnectorBehaviour = {
  authorizationUri(_connector, { state, redirectUri, scope }) {
    const query = new URLSearchParams({ state, redirect_uri: redirectUri, scope: scope ?? 'email profile' });
    return `http://mock-social/?${query.toString()}`;
  },

  userInfo(_connector, data, _env, withTokens) {
    const result = (withTokens ? withTokenResponse : callbackGuard).safeParse(data);
    if (!result.success) {
      throw new ConnectorError('invalid_response', JSON.stringify(data));
    }
    const { code: _code, userId, tokenResponse, ...rest } = result.data as z.infer<typeof withTokenResponse>;
    const userInfo: SocialUserInfo = {
      id: userId ?? `mock-social-sub-${randomUUID()}`,
      ...rest,
      rawData: structuredClone(data),
    };
    return { userInfo, ...(tokenResponse ? { tokenResponse } : {}) };
  },
};
