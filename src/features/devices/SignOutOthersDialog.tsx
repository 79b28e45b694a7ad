import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApi } from '@/api/ApiProvider';
import { hasErrorCode, type ApiError } from '@/api/error';
import { revokeSession } from '@/api/sessions';
import { describeError } from '@/i18n/describe-error';
import { useT } from '@/i18n/I18nProvider';
import { Alert } from '@/ui/Alert';
import { Button } from '@/ui/Button';
import { Dialog } from '@/ui/Dialog';
import { useToast } from '@/ui/Toast';
import { useStepUp } from '@/verification/VerificationProvider';
import { isAlreadyGone, useLockWhenRefused, useRefreshDevices } from './queries';

export type Target = { id: string; name: string };

type Props = {
  targets: Target[];
  /** No session is this device's (a host's token): every listed device goes, and the words say so. */
  all: boolean;
  onClose: () => void;
  returnFocusTo: () => HTMLElement | null;
};

type Outcome = { done: string[]; failed: Array<Target & { error: ApiError }> };

/**
 * Signs out of every other device, one at a time so the user sees progress, and on a partial
 * failure names the devices still signed in and retries just those.
 */
export function SignOutOthersDialog({ targets, all, onClose, returnFocusTo }: Props) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const stepUp = useStepUp();
  const lockWhenRefused = useLockWhenRefused();
  const devices = useRefreshDevices();
  const [pending, setPending] = useState<Target[]>(targets);
  const [progress, setProgress] = useState(0);
  const progressId = useId();

  const run = useMutation<Outcome, ApiError, Target[]>({
    mutationFn: async (list) => {
      const outcome: Outcome = { done: [], failed: [] };
      for (const target of list) {
        try {
          await stepUp.run((vid) => revokeSession(api, target.id, vid));
          outcome.done.push(target.id);
        } catch (error) {
          const apiError = error as ApiError;
          if (isAlreadyGone(apiError)) outcome.done.push(target.id);
          // Without a verification nothing more can be signed out: the rest stays as it is.
          else if (hasErrorCode(apiError, 'client.verification_cancelled', 'account_center.field_not_editable')) throw apiError;
          else outcome.failed.push({ ...target, error: apiError });
        }
        setProgress((count) => count + 1);
      }
      return outcome;
    },
    onSuccess: ({ done, failed }) => {
      devices.removeSessions(done);
      if (failed.length === 0) {
        toast.show(t('devices.others.done', { count: targets.length }));
        onClose();
      } else {
        setPending(failed);
      }
    },
    onError: lockWhenRefused,
    onSettled: () => devices.refetch(),
  });

  const start = () => {
    setProgress(0);
    run.mutate(pending);
  };
  const partial = run.data && run.data.failed.length > 0 ? run.data : undefined;
  const total = targets.length;
  const signedOut = total - pending.length + (run.isPending ? progress : 0);

  return (
    <Dialog
      open
      title={t(all ? 'devices.others.title_all' : 'devices.others.title')}
      description={all ? t('devices.others.body_all') : t('devices.others.body', { count: total })}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      {run.isPending && (
        <div role="status" className="flex flex-col gap-2 text-sm">
          <label htmlFor={progressId}>{t('devices.others.progress', { done: signedOut, total })}</label>
          <progress id={progressId} value={signedOut} max={total} className="w-full accent-brand" />
        </div>
      )}
      {partial && !run.isPending && (
        <Alert>
          <p>{t('devices.others.partial', { done: total - partial.failed.length, total })}</p>
          <ul className="mt-1 list-disc ps-5">
            {partial.failed.map((failure) => (
              <li key={failure.id}>
                {failure.name}: {describeError(t, failure.error)}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {run.error && <Alert>{describeError(t, run.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          {t(partial ? 'common.close' : 'common.cancel')}
        </Button>
        <Button variant="danger" busy={run.isPending} onClick={start}>
          {t(partial ? 'devices.others.retry' : 'devices.others.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
