import { useRef, useState } from 'react';
import { useOpenRequest } from '@/app/open-request';
import { useAccountCenterSettings } from '@/app/account-center/account-center-settings';
import { isHttpUrl } from '@/app/safe-url';
import { useAccountQuery } from '../../api/queries/account';
import { PageError } from '../../app/shell/PageError';
import { useT } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { Button, buttonClass } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { NotSet } from '../rows/EditableRow';
import { explainFailure } from '../rows/explain-failure';
import { useRowControl } from '../rows/row-control';
import { RowLayout } from '../rows/RowLayout';
import { SingleValueRow } from '../rows/SingleValueRow';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { MfaSection } from '../mfa/MfaSection';
import { IdentifierRow } from './IdentifierRow';
import { securityEn } from './messages.en';
import { useUpdateUsername } from './use-update-username';
import { PasswordDialog } from './PasswordDialog';
import { maxLength } from '@/api/limits';
import { usernamePattern } from './username';

registerEnglish(securityEn);

export default function SecurityPage() {
  const t = useT();
  const account = useAccountQuery();
  const { controls, rowControl } = useRowControl();
  const updateUsername = useUpdateUsername();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const { deleteAccountUrl } = useAccountCenterSettings();
  const passwordButton = useRef<HTMLButtonElement>(null);
  const canSetPassword = account.data !== undefined && !rowControl('password', 'hasPassword' in account.data).readOnly;
  useOpenRequest(
    'set-password',
    () => {
      passwordButton.current?.focus();
      setPasswordOpen(true);
    },
    canSetPassword,
  );

  if (account.isPending) return <PageSkeleton />;
  if (account.isError) return <PageError error={account.error} onRetry={() => account.refetch()} />;
  const data = account.data;

  const username = rowControl('username', 'username' in data);
  const email = rowControl('email', 'primaryEmail' in data);
  const phone = rowControl('phone', 'primaryPhone' in data);
  const password = rowControl('password', 'hasPassword' in data);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-gray-900 dark:text-gray-100">{t('security.title')}</h1>

      {(username.visible || email.visible || phone.visible) && (
        <Section title={t('security.section.identifiers')} description={t('security.section.identifiers_hint')}>
          {username.visible && (
            <SingleValueRow
              {...username}
              label={t('username.label')}
              name="username"
              value={data.username}
              input={{ autoComplete: 'username', hint: t('username.hint') }}
              validate={(value) =>
                value.length > maxLength.username
                  ? t('code.user.username_too_long')
                  : value && !usernamePattern.test(value)
                    ? t('username.invalid')
                    : undefined
              }
              save={(value) => updateUsername.mutateAsync({ username: value || null })}
              explainFailure={(error) =>
                explainFailure(t, error, {
                  field: 'username',
                  lock: controls.lock,
                  invalidFormat: { username: t('username.invalid') },
                  fieldCodes: {
                    'user.username_already_in_use': 'username',
                    'user.username_too_long': 'username',
                    'user.last_sign_in_method_required': 'username',
                  },
                })
              }
            />
          )}
          {email.visible && <IdentifierRow {...email} kind="email" value={data.primaryEmail} />}
          {phone.visible && <IdentifierRow {...phone} kind="phone" value={data.primaryPhone} />}
        </Section>
      )}

      {password.visible && (
        <Section title={t('password.section')}>
          <RowLayout
            label={t('password.label')}
            note={password.readOnly ? password.readOnlyReason : undefined}
            actions={
              !password.readOnly && (
                <Button ref={passwordButton} size="sm" variant="ghost" onClick={() => setPasswordOpen(true)}>
                  {t(data.hasPassword ? 'password.change' : 'password.set_action')}
                </Button>
              )
            }
          >
            {data.hasPassword ? t('password.is_set') : <NotSet />}
          </RowLayout>
          {passwordOpen && <PasswordDialog hasPassword={data.hasPassword === true} onClose={() => setPasswordOpen(false)} />}
        </Section>
      )}

      <MfaSection />

      {deleteAccountUrl && isHttpUrl(deleteAccountUrl) && (
        <Section title={t('delete_account.title')} description={t('delete_account.body')}>
          <div className="py-4">
            <a
              href={deleteAccountUrl}
              target="_blank"
              rel="noopener noreferrer"
              className={buttonClass('danger')}
            >
              {t('delete_account.action')}
              <span className="sr-only"> {t('delete_account.new_tab')}</span>
            </a>
          </div>
        </Section>
      )}
    </div>
  );
}
