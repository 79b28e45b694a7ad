import { RequestError } from '../http/request-error.js';

/** The `@logto/connector-kit` error codes the emulated connectors raise. */
export type ConnectorErrorCode =
  | 'general'
  | 'invalid_response'
  | 'social_auth_code_invalid'
  | 'social_invalid_access_token'
  | 'authorization_failed';

/** A connector's failure; like connector-kit's, a string payload becomes `{message}`. */
export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  readonly data: unknown;

  constructor(code: ConnectorErrorCode, data?: unknown) {
    super(`ConnectorError: ${data === undefined ? code : JSON.stringify(data)}`);
    this.name = 'ConnectorError';
    this.code = code;
    this.data = typeof data === 'string' ? { message: data } : data;
  }
}

const hasErrorDescription = (data: unknown): data is { errorDescription: string } =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { errorDescription?: unknown }).errorDescription === 'string';

/**
 * Logto's `koaConnectorErrorHandler`: response and parameter problems are 400, code and token
 * problems and a refused authorization 401, anything else a 500 `connector.general` whose
 * message carries the `errorDescription` when the data has one.
 */
export const toRequestError = (error: ConnectorError): RequestError => {
  switch (error.code) {
    case 'invalid_response': {
      return new RequestError({ code: 'connector.invalid_response', status: 400 }, error.data);
    }
    case 'social_auth_code_invalid':
    case 'social_invalid_access_token':
    case 'authorization_failed': {
      return new RequestError({ code: `connector.${error.code}`, status: 401 }, error.data);
    }
    default: {
      const errorDescription = hasErrorDescription(error.data) ? `\n${error.data.errorDescription}` : '';
      return new RequestError(
        { code: 'connector.general', status: 500, interpolation: { errorDescription } },
        error.data
      );
    }
  }
};

/** Runs connector code and turns its errors into Logto's responses. */
export const withConnectorErrors = async <T>(run: () => Promise<T> | T): Promise<T> => {
  try {
    return await run();
  } catch (error: unknown) {
    throw error instanceof ConnectorError ? toRequestError(error) : error;
  }
};
