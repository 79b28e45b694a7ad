import { isApiError } from '../api/error';
import { hasMessage, type Translate } from './i18n';

/**
 * Plain words for any failure: our own text for Logto codes we know, Logto's (already localised)
 * message for codes we don't, and a status-based sentence when there is no code at all.
 */
export function describeError(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.unknown');
  if (error.code) {
    const key = `code.${error.code}`;
    if (hasMessage(key)) return t(key);
    if (!error.code.startsWith('client.') && error.message) return error.message;
  }
  if (error.status === 0) return t('code.client.network_error');
  if (error.status >= 500) return t('error.server', { status: error.status });
  if (error.status === 429) return t('error.rate_limited');
  return error.message || t('error.unknown');
}
