import type { ErrorCode } from './phrases.js';

export type RequestErrorInput = {
  code: ErrorCode;
  status?: number;
  /** Values interpolated into the message, e.g. `relativeTime`. */
  interpolation?: Record<string, unknown>;
};

/** An error that becomes Logto's `{code, message, data?, details?}` body. Status defaults to 400. */
export class RequestError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly data: unknown;
  readonly interpolation: Record<string, unknown>;
  details?: string;

  constructor(input: ErrorCode | RequestErrorInput, data?: unknown) {
    const { code, status = 400, interpolation = {} } = typeof input === 'string' ? { code: input } : input;
    super(code);
    this.name = 'RequestError';
    this.code = code;
    this.status = status;
    this.data = data;
    this.interpolation = interpolation;
  }
}

/** Logto's `assertThat`: throws the given error (or a 400 with that code) when false. */
export function assertThat(
  condition: unknown,
  error: ErrorCode | RequestError
): asserts condition {
  if (!condition) {
    throw typeof error === 'string' ? new RequestError(error) : error;
  }
}
