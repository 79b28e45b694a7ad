/**
 * The one error type of the app. Logto answers errors as `{ code, message, data?, details? }`;
 * failures that never reach Logto (network, cancelled verification, no token) get a `client.*`
 * code so the UI handles every failure the same way.
 */
export type ClientErrorCode =
  | 'client.network_error'
  | 'client.token_unavailable'
  | 'client.verification_cancelled'
  | 'client.verification_required'
  | 'client.unexpected_response';

export type ApiErrorInit = {
  status: number;
  code?: string;
  message: string;
  data?: unknown;
  details?: string;
  /** The access token itself is bad (expired, revoked, session ended), not a missing scope. */
  isTokenFailure?: boolean;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly data?: unknown;
  readonly details?: string;
  readonly isTokenFailure: boolean;

  constructor({ status, code, message, data, details, isTokenFailure = false }: ApiErrorInit) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.data = data;
    this.details = details;
    this.isTokenFailure = isTokenFailure;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const hasErrorCode = (error: unknown, ...codes: string[]): error is ApiError =>
  isApiError(error) && error.code !== undefined && codes.includes(error.code);

export type GuardIssue = { path: Array<string | number>; code?: string; validation?: string; message?: string };

/** Zod issues Logto puts in `data.issues` for `guard.invalid_input`. */
export const guardIssues = (error: unknown): GuardIssue[] => {
  if (!hasErrorCode(error, 'guard.invalid_input')) return [];
  const issues = (error.data as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? issues.filter((issue): issue is GuardIssue => Array.isArray(issue?.path)) : [];
};
