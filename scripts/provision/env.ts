import { exitCodes, ProvisionError } from './errors.js';

export type ProvisionEnv = {
  /** The tenant URL without a trailing slash, e.g. `https://abc123.logto.app`. */
  endpoint: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The Management API resource indicator the token is asked for. */
  apiIndicator: string;
};

/** Self-hosted Logto has one tenant, `default`, whose indicator is fixed; Cloud derives it. */
export const defaultIndicator = (tenantId: string): string =>
  tenantId === 'default' ? 'https://default.logto.app/api' : `https://${tenantId}.logto.app/api`;

const usage = (message: string) => new ProvisionError(message, exitCodes.usage);

/**
 * Reads `LOGTO_ENDPOINT`, `LOGTO_TENANT_ID` (default `default`), `LOGTO_M2M_CLIENT_ID`,
 * `LOGTO_M2M_CLIENT_SECRET` and `LOGTO_MANAGEMENT_API_INDICATOR`. Missing values fail before any
 * request, naming the variable.
 */
export const readEnv = (env: NodeJS.ProcessEnv): ProvisionEnv => {
  const missing = ['LOGTO_ENDPOINT', 'LOGTO_M2M_CLIENT_ID', 'LOGTO_M2M_CLIENT_SECRET'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw usage(`missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const rawEndpoint = env.LOGTO_ENDPOINT?.trim() ?? '';
  const url = URL.parse(rawEndpoint);
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw usage(`LOGTO_ENDPOINT is not an http(s) URL without query: ${rawEndpoint}`);
  }
  const tenantId = env.LOGTO_TENANT_ID?.trim() || 'default';
  const apiIndicator = env.LOGTO_MANAGEMENT_API_INDICATOR?.trim() || defaultIndicator(tenantId);
  if (!URL.canParse(apiIndicator)) {
    throw usage(`LOGTO_MANAGEMENT_API_INDICATOR is not a URL: ${apiIndicator}`);
  }
  return {
    endpoint: url.href.replace(/\/+$/, ''),
    tenantId,
    clientId: env.LOGTO_M2M_CLIENT_ID?.trim() ?? '',
    clientSecret: env.LOGTO_M2M_CLIENT_SECRET ?? '',
    apiIndicator,
  };
};
