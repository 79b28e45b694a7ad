import type { SsoIdentityClaim } from '../../api/social';
import type { SsoConnector } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { ConnectorLogo } from './ConnectorLogo';
import { useTokenStatus } from '@/api/queries/token-status';
import { TokenStatusLine } from './TokenStatusLine';

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const hostOf = (issuer: string) => (URL.canParse(issuer) ? new URL(issuer).host : issuer);

/**
 * An enterprise SSO identity: shown, never changed (Logto's Account API cannot link or unlink
 * them). Its token status needs the connector id, which only a config snapshot can map.
 */
export function SsoRow({ identity, connector }: { identity: SsoIdentityClaim; connector?: SsoConnector }) {
  const t = useT();
  const token = useTokenStatus('sso', connector?.id);
  const account = text(identity.detail?.email) ?? text(identity.detail?.name) ?? identity.identityId;
  return (
    <li className="flex flex-wrap items-start gap-x-4 gap-y-2 py-4 sm:flex-nowrap">
      <ConnectorLogo logo={connector?.logo} logoDark={connector?.darkLogo} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-sm font-medium text-gray-900 dark:text-gray-100">{connector?.connectorName ?? hostOf(identity.issuer)}</p>
        <p className="text-sm break-words text-gray-700 dark:text-gray-300">{t('connections.linked_as', { account })}</p>
        {connector && <TokenStatusLine status={token.data} error={token.error} pending={token.isPending} />}
      </div>
    </li>
  );
}
