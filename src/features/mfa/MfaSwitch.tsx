import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useOpenRequest } from '@/app/open-request';
import { useApi } from '../../api/ApiProvider';
import { updateMfaSettings } from '../../api/mfa';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { cx } from '../../ui/cx';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { useMfaSettings } from '@/api/queries/mfa';

/** "Ask for a second step when I sign in": Logto's `skipMfaOnSignIn`, the other way round. */
export function MfaSwitch({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const settings = useMfaSettings(true);
  const update = useVerifiedMutation<{ skipMfaOnSignIn: boolean }, boolean, { previous?: { skipMfaOnSignIn: boolean } }>({
    mutationFn: (skip, verificationId) => updateMfaSettings(api, skip, verificationId),
    onMutate: (skip) => {
      const previous = queryClient.getQueryData<{ skipMfaOnSignIn: boolean }>(queryKeys.mfaSettings());
      queryClient.setQueryData(queryKeys.mfaSettings(), { skipMfaOnSignIn: skip });
      return { previous };
    },
    onError: (_error, _skip, context) => queryClient.setQueryData(queryKeys.mfaSettings(), context?.previous),
    onSuccess: (result) => queryClient.setQueryData(queryKeys.mfaSettings(), result),
  });

  const control = useRef<HTMLButtonElement>(null);
  // From the overview: the switch is the place to look, not something to flip for the user.
  useOpenRequest(
    'mfa-switch',
    () => {
      control.current?.scrollIntoView({ block: 'center' });
      control.current?.focus();
    },
    settings.data !== undefined,
  );

  if (!settings.data) return null;
  const required = !settings.data.skipMfaOnSignIn;

  return (
    <div className="flex flex-col gap-2 py-4">
      <div className="flex items-center justify-between gap-4">
        <div>
          <p id="mfa-switch-label" className="text-sm font-medium">
            {t('mfa.switch.label')}
          </p>
          <p id="mfa-switch-hint" className="text-xs text-gray-700 dark:text-gray-300">
            {t('mfa.switch.hint')}
          </p>
        </div>
        <button
          ref={control}
          type="button"
          role="switch"
          aria-checked={required}
          aria-labelledby="mfa-switch-label"
          aria-describedby="mfa-switch-hint"
          disabled={readOnly || update.isPending}
          onClick={() => update.mutate(required)}
          className={cx(
            'relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors motion-reduce:transition-none',
            'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-60',
            required ? 'bg-brand' : 'bg-gray-400 dark:bg-gray-600',
          )}
        >
          <span
            aria-hidden="true"
            className={cx('inline-block size-5 rounded-full bg-white shadow transition-transform motion-reduce:transition-none', required ? 'translate-x-5 rtl:-translate-x-5' : 'translate-x-0.5 rtl:-translate-x-0.5')}
          />
        </button>
      </div>
      {update.error && <Alert>{describeError(t, update.error)}</Alert>}
    </div>
  );
}
