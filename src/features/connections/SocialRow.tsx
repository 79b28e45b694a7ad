import { useRef, useState } from 'react';
import { useOpenRequest } from '@/app/open-request';
import type { SocialConnector } from '../../api/types';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { useSession } from '../../app/auth/SessionProvider';
import { useAppConfig } from '../../app/ConfigProvider';
import { Button } from '../../ui/Button';
import { ConnectorLogo } from './ConnectorLogo';
import { unlinkableReason } from './connectors';
import type { LinkMode } from './pending-link';
import { useTokenStatus } from '@/api/queries/token-status';
import { TokenStatusLine } from './TokenStatusLine';
import { UnlinkDialog } from './UnlinkDialog';
import { useStartLink } from './use-start-link';

type Identity = { userId: string; details?: Record<string, unknown> };

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

type Props = {
  target: string;
  name: string;
  connector?: SocialConnector;
  identity?: Identity;
  readOnly: boolean;
};

/** One provider: linked account details, Secret Vault token status, and what can be done. */
export function SocialRow({ target, name, connector, identity, readOnly }: Props) {
  const t = useT();
  const start = useStartLink();
  const [unlinking, setUnlinking] = useState(false);
  const storesTokens = identity !== undefined && connector?.isTokenStorageSupported !== false;
  const token = useTokenStatus('social', storesTokens ? target : undefined);
  const reason = connector ? unlinkableReason(connector) : undefined;
  const account = identity && (text(identity.details?.email) ?? text(identity.details?.name) ?? identity.userId);
  const avatar = text(identity?.details?.avatar);

  const go = (mode: LinkMode) => connector && start.mutate({ connectorId: connector.id, target, mode });
  const canLink = !readOnly && connector !== undefined && reason === undefined;
  // Providers refuse to be framed: inside a host's iframe, linking happens in a tab of its own.
  const { framed } = useSession();
  const { baseUrl } = useAppConfig();
  const reconnectButton = useRef<HTMLButtonElement>(null);
  const needsReconnect = identity !== undefined && canLink && storesTokens && token.data !== undefined && token.data.state !== 'stored';
  // From the overview: a reconnect is a trip to the provider, so the user starts it here.
  useOpenRequest(
    `reconnect-${target}`,
    () => {
      reconnectButton.current?.scrollIntoView({ block: 'center' });
      reconnectButton.current?.focus();
    },
    needsReconnect && !readOnly && !framed,
  );

  return (
    <li className="flex flex-wrap items-start gap-x-4 gap-y-2 py-4 sm:flex-nowrap">
      <ConnectorLogo logo={connector?.logo} logoDark={connector?.logoDark} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-sm font-medium text-gray-900 dark:text-gray-100">{name}</p>
        {identity ? (
          <p className="flex items-center gap-2 text-sm break-words text-gray-700 dark:text-gray-300">
            {avatar && <img src={avatar} alt="" referrerPolicy="no-referrer" className="size-5 rounded-full object-cover" />}
            {t('connections.linked_as', { account: account ?? '' })}
            {text(identity.details?.name) && account !== text(identity.details?.name) && <> ({text(identity.details?.name)})</>}
          </p>
        ) : (
          <p className="text-sm text-gray-700 dark:text-gray-300">{t('connections.not_linked')}</p>
        )}
        {storesTokens && <TokenStatusLine status={token.data} error={token.error} pending={token.isPending} />}
        {!identity && reason && <p className="text-xs text-gray-700 dark:text-gray-300">{t(`connections.unlinkable.${reason}`)}</p>}
        {start.error && <Alert>{describeError(t, start.error)}</Alert>}
      </div>
      {!readOnly && framed && identity && (
        <Button size="sm" variant="ghost" onClick={() => setUnlinking(true)} aria-label={t('connections.unlink_named', { name })}>
          {t('connections.unlink')}
        </Button>
      )}
      {!readOnly && framed && canLink && (
        <a
          href={new URL('connections', baseUrl).href}
          target="_blank"
          rel="noopener noreferrer"
          className="self-center text-sm text-brand underline underline-offset-2"
        >
          {t('connections.open_in_tab', { name })}
        </a>
      )}
      {!readOnly && !framed && (
        <div className="flex flex-wrap gap-1">
          {!identity && canLink && (
            <Button size="sm" variant="primary" busy={start.isPending} onClick={() => go('link')} aria-label={t('connections.link_named', { name })}>
              {t('connections.link')}
            </Button>
          )}
          {needsReconnect && (
            <Button ref={reconnectButton} size="sm" busy={start.isPending} onClick={() => go('reconnect')} aria-label={t('connections.reconnect_named', { name })}>
              {t('connections.reconnect')}
            </Button>
          )}
          {identity && canLink && (
            <Button size="sm" variant="ghost" onClick={() => go('replace')} aria-label={t('connections.replace_named', { name })}>
              {t('connections.replace')}
            </Button>
          )}
          {identity && (
            <Button size="sm" variant="ghost" onClick={() => setUnlinking(true)} aria-label={t('connections.unlink_named', { name })}>
              {t('connections.unlink')}
            </Button>
          )}
        </div>
      )}
      {unlinking && <UnlinkDialog target={target} name={name} onClose={() => setUnlinking(false)} />}
    </li>
  );
}
