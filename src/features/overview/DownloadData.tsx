import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getUserInfo } from '@/api/social';
import { useApi } from '@/api/ApiProvider';
import type { ApiError } from '@/api/error';
import { getMfaVerifications } from '@/api/mfa';
import { grantsQuery, sessionsQuery } from '@/api/queries/sessions';
import { queryKeys } from '@/api/query-keys';
import type { Account } from '@/api/types';
import { useAppConfig } from '@/app/ConfigProvider';
import { describeError } from '@/i18n/describe-error';
import { useT } from '@/i18n/I18nProvider';
import { Alert } from '@/ui/Alert';
import { Button } from '@/ui/Button';
import { Dialog } from '@/ui/Dialog';
import { downloadText } from '@/ui/download';
import { Section } from '@/ui/Section';
import { useToast } from '@/ui/Toast';
import { useStepUp } from '@/verification/VerificationProvider';
import { buildExport, exportFileName } from './build-export';

type Props = {
  account: Account;
  mfaAvailable: boolean;
  devicesAvailable: boolean;
  /** Sessions and grants are already readable: a step-up record is at hand. */
  devicesAtHand: boolean;
};

/**
 * "Download my data": one JSON file, built here from what the Account API answers. Devices and
 * apps need a step-up record; without one the user chooses to verify or to leave them out.
 */
export function DownloadData({ account, mfaAvailable, devicesAvailable, devicesAtHand }: Props) {
  const t = useT();
  const api = useApi();
  const stepUp = useStepUp();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { config } = useAppConfig();
  const [asking, setAsking] = useState(false);

  const download = useMutation<void, ApiError, { devices: boolean }>({
    mutationFn: async ({ devices }) => {
      if (devices) await stepUp.ensure();
      const [mfa, userInfo, sessions, grants] = await Promise.all([
        mfaAvailable ? queryClient.fetchQuery({ queryKey: queryKeys.mfaVerifications(), queryFn: ({ signal }) => getMfaVerifications(api, signal) }) : undefined,
        config.scopes.includes('identities')
          ? queryClient.fetchQuery({ queryKey: queryKeys.userInfo(), queryFn: ({ signal }) => getUserInfo(api, signal) })
          : undefined,
        devices ? queryClient.fetchQuery(sessionsQuery(api, stepUp)) : undefined,
        devices
          ? Promise.all([queryClient.fetchQuery(grantsQuery(api, stepUp, 'firstParty')), queryClient.fetchQuery(grantsQuery(api, stepUp, 'thirdParty'))])
          : undefined,
      ]);
      const now = new Date();
      const data = buildExport({
        endpoint: config.endpoint,
        now,
        account,
        ssoIdentities: userInfo?.sso_identities,
        mfa,
        devices: sessions && grants ? { sessions, grants: grants.flat() } : undefined,
      });
      downloadText(exportFileName(account, now), `${JSON.stringify(data, null, 2)}\n`, 'application/json');
    },
    onSuccess: () => {
      setAsking(false);
      toast.show(t('overview.data.downloaded'));
    },
  });

  const start = () => {
    if (devicesAvailable) return setAsking(true);
    download.mutate({ devices: false });
  };

  return (
    <Section title={t('overview.data.title')} description={t('overview.data.body')}>
      <div className="flex flex-col items-start gap-3 py-4">
        <Button onClick={start} busy={download.isPending && !asking}>
          {t('overview.data.download')}
        </Button>
        {download.error && !asking && <Alert>{describeError(t, download.error)}</Alert>}
      </div>
      {asking && (
        <Dialog
          open
          title={t('overview.data.dialog_title')}
          description={t(devicesAtHand ? 'overview.data.with_devices' : 'overview.data.verify_for_devices')}
          onClose={() => setAsking(false)}
        >
          {download.error && <Alert>{describeError(t, download.error)}</Alert>}
          <div className="flex flex-wrap justify-end gap-2">
            <Button onClick={() => download.mutate({ devices: false })} disabled={download.isPending} data-autofocus={devicesAtHand ? undefined : true}>
              {t('overview.data.download_without')}
            </Button>
            <Button variant="primary" busy={download.isPending} onClick={() => download.mutate({ devices: true })} data-autofocus={devicesAtHand ? true : undefined}>
              {t(devicesAtHand ? 'overview.data.download' : 'overview.data.verify_and_download')}
            </Button>
          </div>
        </Dialog>
      )}
    </Section>
  );
}
