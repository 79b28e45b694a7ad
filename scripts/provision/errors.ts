/**
 * Exit codes of `npm run provision`. Each failure is one line on stderr; nothing is half-printed.
 */
export const exitCodes = {
  ok: 0,
  unexpected: 1,
  /** Missing or bad environment, flags, settings file or existing config.json. */
  usage: 2,
  /** The endpoint cannot be reached (DNS, refused connection, TLS, timeout). */
  unreachable: 3,
  /** The token endpoint refused the machine-to-machine credentials or the indicator. */
  credentials: 4,
  /** The app has no Management API access (no `all` scope, or 403). */
  permission: 5,
  /** Logto refused a request (validation error, unknown application, …). */
  refused: 6,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A failure the command explains in one line and exits with. */
export class ProvisionError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode
  ) {
    super(message);
    this.name = 'ProvisionError';
  }
}

/** Keeps a message on one line: Logto's guard `details` has one line per issue. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, '; ').trim();
