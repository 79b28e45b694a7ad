import type { SocialConnector } from '../../api/types';

export function localizedName(name: SocialConnector['name'] | undefined, locale: string, fallback: string): string {
  if (!name) return fallback;
  if (typeof name === 'string') return name;
  return name[locale] ?? name[locale.split('-')[0] ?? ''] ?? name.en ?? Object.values(name)[0] ?? fallback;
}

export type Unlinkable = 'native' | 'saml' | 'form_post';

/**
 * Connectors Logto cannot link through a browser redirect to this app: native-only ones need the
 * provider's mobile SDK; the SAML social connector looks its session up by an OIDC interaction this
 * flow does not have; Apple always answers with a form POST, which static files cannot receive.
 */
export function unlinkableReason(connector: SocialConnector): Unlinkable | undefined {
  if (connector.platform === 'Native') return 'native';
  if (connector.target === 'saml') return 'saml';
  if (connector.target === 'apple') return 'form_post';
  return undefined;
}
