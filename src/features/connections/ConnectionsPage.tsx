import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { useAccountQuery } from '../../api/queries/account';
import { queryKeys } from '../../api/query-keys';
import { getUserInfo } from '../../api/social';
import type { SocialConnector } from '../../api/types';
import { useSignInExperience } from '../../app/account-center/sign-in-experience';
import { useAppConfig } from '../../app/ConfigProvider';
import { PageError } from '../../app/shell/PageError';
import { useI18n } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { useRowControl } from '../rows/row-control';
import { localizedName } from './connectors';
import { connectionsEn } from './messages.en';
import { SocialRow } from './SocialRow';
import { SsoRow } from './SsoRow';

registerEnglish(connectionsEn);

/** A provider may have a web and a native connector; the web one is the one a browser can use. */
function onePerTarget(connectors: SocialConnector[]): SocialConnector[] {
  const byTarget = new Map<string, SocialConnector>();
  for (const connector of connectors) {
    const kept = byTarget.get(connector.target);
    if (!kept || (kept.platform === 'Native' && connector.platform !== 'Native')) byTarget.set(connector.target, connector);
  }
  return [...byTarget.values()];
}

export default function ConnectionsPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const { config } = useAppConfig();
  const account = useAccountQuery();
  const { experience, pending } = useSignInExperience();
  const { rowControl } = useRowControl();
  // Enterprise SSO identities are only in the OIDC userinfo, asked for in parallel with the rest.
  const userInfo = useQuery({
    queryKey: queryKeys.userInfo(),
    queryFn: ({ signal }) => getUserInfo(api, signal),
    enabled: config.scopes.includes('identities'),
    retry: false,
  });

  if (account.isPending || pending) return <PageSkeleton />;
  if (account.isError) return <PageError error={account.error} onRetry={() => account.refetch()} />;

  const social = rowControl('social', account.data.identities !== undefined);
  const identities = account.data.identities ?? {};
  const connectors = onePerTarget(experience.socialConnectors ?? []);
  // Linked providers the sign-in experience no longer offers still deserve a row (to unlink them).
  const orphanTargets = Object.keys(identities).filter((target) => !connectors.some((connector) => connector.target === target));
  const ssoIdentities = userInfo.data?.sso_identities ?? [];
  const ssoConnectors = experience.ssoConnectors ?? [];

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-gray-900 dark:text-gray-100">{t('connections.title')}</h1>

      {social.visible && (
        <Section title={t('connections.section.social')} description={social.readOnlyReason ?? t('connections.section.social_hint')}>
          {connectors.length === 0 && orphanTargets.length === 0 ? (
            <p className="py-4 text-sm text-gray-700 dark:text-gray-300">{t('connections.none_available')}</p>
          ) : (
            <ul className="divide-y divide-gray-200 dark:divide-gray-800">
              {connectors.map((connector) => (
                <SocialRow
                  key={connector.id}
                  target={connector.target}
                  name={localizedName(connector.name, locale, connector.target)}
                  connector={connector}
                  identity={identities[connector.target]}
                  readOnly={social.readOnly}
                />
              ))}
              {orphanTargets.map((target) => (
                <SocialRow key={target} target={target} name={target} identity={identities[target]} readOnly={social.readOnly} />
              ))}
            </ul>
          )}
        </Section>
      )}

      {ssoIdentities.length > 0 && (
        <Section title={t('connections.section.sso')} description={t('connections.section.sso_hint')}>
          <ul className="divide-y divide-gray-200 dark:divide-gray-800">
            {ssoIdentities.map((identity) => (
              <SsoRow
                key={`${identity.issuer} ${identity.identityId}`}
                identity={identity}
                connector={ssoConnectors.find((connector) => connector.issuer !== undefined && connector.issuer === identity.issuer)}
              />
            ))}
          </ul>
        </Section>
      )}
      {userInfo.isError && <PageError error={userInfo.error} onRetry={() => userInfo.refetch()} />}
    </div>
  );
}
