import { parseAppUrls } from './state/clients.js';

export type EmulatorOptions = {
  /** 0 picks a free port. Default 3001, Logto's default. */
  port?: number;
  /** Host name in the issuer and every URL the emulator hands out. Default `localhost`. */
  host?: string;
  /** App base URLs; each gets `<base>callback` as redirect URI and `<base>` as post-logout URI. */
  appUrls?: string[];
  /** Let `/api/.well-known/*` echo any origin, like a non-production Logto. */
  openWellKnown?: boolean;
  /** Print every verification code sent to the terminal (default on; tests turn it off). */
  printOutbox?: boolean;
};

/**
 * Reads `EMULATOR_PORT`, `EMULATOR_HOST`, `EMULATOR_APP_URLS`, `EMULATOR_OPEN_WELL_KNOWN` and
 * `EMULATOR_QUIET_OUTBOX`.
 */
export const optionsFromEnv = (env: NodeJS.ProcessEnv = process.env): Required<EmulatorOptions> => ({
  port: env.EMULATOR_PORT ? Number(env.EMULATOR_PORT) : 3001,
  host: env.EMULATOR_HOST || 'localhost',
  appUrls: parseAppUrls(env.EMULATOR_APP_URLS),
  openWellKnown: env.EMULATOR_OPEN_WELL_KNOWN === '1' || env.EMULATOR_OPEN_WELL_KNOWN === 'true',
  printOutbox: !(env.EMULATOR_QUIET_OUTBOX === '1' || env.EMULATOR_QUIET_OUTBOX === 'true'),
});
