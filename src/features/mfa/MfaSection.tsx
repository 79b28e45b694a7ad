import { useRef, useState } from 'react';
import { useOpenRequest } from '@/app/open-request';
import { hasErrorCode } from '../../api/error';
import type { MfaVerification } from '../../api/mfa';
import { useFieldControls } from '../../app/account-center/field-controls';
import { useSignInExperience } from '../../app/account-center/sign-in-experience';
import { useI18n } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { PageError } from '../../app/shell/PageError';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { Skeleton } from '../../ui/Skeleton';
import { useStepUp } from '../../verification/VerificationProvider';
import { RowLayout } from '../rows/RowLayout';
import { AddPasskeyDialog } from './AddPasskeyDialog';
import { deviceLabel, parseUserAgent } from '@/user-agent/user-agent';
import { mfaEn } from './messages.en';
import { NewBackupCodesDialog } from './NewBackupCodesDialog';
import { MfaSwitch } from './MfaSwitch';
import { useMfaVerifications } from '@/api/queries/mfa';
import { RemoveFactorDialog } from './RemoveFactorDialog';
import { RenamePasskeyDialog } from './RenamePasskeyDialog';
import { TotpDialog } from './TotpDialog';
import { ViewBackupCodesDialog } from './ViewBackupCodesDialog';

registerEnglish(mfaEn);

type Open =
  | { kind: 'add-passkey' | 'totp' | 'new-codes' | 'view-codes' }
  | { kind: 'rename'; entry: MfaVerification }
  | { kind: 'remove'; factor: 'passkey' | 'totp'; entry: MfaVerification };

const mandatory = (policy: string | undefined) => Boolean(policy && /Mandatory$/.test(policy));

/** Passkeys, the authenticator app, backup codes and the sign-in requirement. */
export function MfaSection() {
  const { t, locale } = useI18n();
  const stepUp = useStepUp();
  const { experience } = useSignInExperience();
  const controls = useFieldControls();
  const mfaControl = controls.controlOf('mfa');
  const passkeyControl = controls.controlOf('passkey') ?? mfaControl;
  const list = useMfaVerifications(mfaControl !== 'Off' && mfaControl !== undefined);
  const [open, setOpen] = useState<Open | undefined>();

  // Without the tenant's MFA settings, offer every factor and let Logto refuse what is off.
  const factors = experience.mfa?.factors ?? ['Totp', 'WebAuthn', 'BackupCode'];
  const entries = list.data ?? [];
  const passkeys = entries.filter((entry) => entry.type === 'WebAuthn');
  const totp = entries.find((entry) => entry.type === 'Totp');
  const backupSets = entries.filter((entry) => entry.type === 'BackupCode');
  const remaining = backupSets.reduce((sum, entry) => sum + (entry.remainCodes ?? 0), 0);
  const hasRealFactor = passkeys.length > 0 || totp !== undefined;
  const mfaEditable = mfaControl === 'Edit';
  const passkeyEditable = passkeyControl === 'Edit' || (passkeyControl === undefined && mfaEditable);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // Every change here needs proof of identity; asking first keeps the dialogs uninterrupted.
  const start = (next: Open) => stepUp.afterVerifying(() => setOpen(next));
  const close = () => setOpen(undefined);

  // The overview's actions land here: focus the control first, so the dialog hands focus back to it.
  const totpButton = useRef<HTMLButtonElement>(null);
  const passkeyButton = useRef<HTMLButtonElement>(null);
  const codesButton = useRef<HTMLButtonElement>(null);
  const loaded = list.data !== undefined;
  useOpenRequest(
    'totp',
    () => {
      totpButton.current?.focus();
      start({ kind: 'totp' });
    },
    loaded && mfaEditable && factors.includes('Totp'),
  );
  useOpenRequest(
    'add-passkey',
    () => {
      passkeyButton.current?.focus();
      start({ kind: 'add-passkey' });
    },
    loaded && passkeyEditable && factors.includes('WebAuthn'),
  );
  useOpenRequest(
    'backup-codes',
    () => {
      codesButton.current?.focus();
      start({ kind: 'new-codes' });
    },
    loaded && mfaEditable && factors.includes('BackupCode') && (hasRealFactor || backupSets.length > 0),
  );

  if (mfaControl === 'Off' || hasErrorCode(list.error, 'account_center.field_not_enabled')) return null;

  return (
    <Section title={t('mfa.title')} description={t('mfa.description')}>
      {list.isPending && <Skeleton className="my-4 h-16 w-full" />}
      {list.isError && (
        <div className="py-4">
          <PageError error={list.error} onRetry={() => list.refetch()} />
        </div>
      )}
      {list.data && (
        <>
          {(factors.includes('WebAuthn') || passkeys.length > 0) && (
            <div className="flex flex-col gap-2 py-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-sm font-medium">{t('mfa.passkey.title')}</h3>
                {passkeyEditable && factors.includes('WebAuthn') && (
                  <Button ref={passkeyButton} size="sm" onClick={() => start({ kind: 'add-passkey' })}>
                    {t('mfa.passkey.add')}
                  </Button>
                )}
              </div>
              {passkeys.length === 0 ? (
                <p className="text-sm text-gray-700 dark:text-gray-300">{t('mfa.passkey.none')}</p>
              ) : (
                <ul aria-label={t('mfa.passkey.title')} className="flex flex-col divide-y divide-gray-200 dark:divide-gray-800">
                  {passkeys.map((entry) => {
                    const name = entry.name || deviceLabel(t, parseUserAgent(entry.agent), t('mfa.passkey.unnamed'));
                    return (
                      <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <div className="min-w-0">
                          <p className="text-sm font-medium break-words">{name}</p>
                          <p className="text-xs text-gray-700 dark:text-gray-300">
                            {t('mfa.added_on', { date: date.format(new Date(entry.createdAt)) })}
                            {entry.lastUsedAt && <> · {t('mfa.last_used', { date: date.format(new Date(entry.lastUsedAt)) })}</>}
                          </p>
                        </div>
                        {passkeyEditable && (
                          <div className="flex gap-1">
                            <Button size="sm" variant="ghost" aria-label={t('mfa.passkey.rename_named', { name })} onClick={() => start({ kind: 'rename', entry })}>
                              {t('mfa.rename')}
                            </Button>
                            <Button size="sm" variant="ghost" aria-label={t('mfa.passkey.remove_named', { name })} onClick={() => start({ kind: 'remove', factor: 'passkey', entry })}>
                              {t('mfa.remove')}
                            </Button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          )}

          {(factors.includes('Totp') || totp) && (
            <RowLayout
              label={t('mfa.totp.title')}
              actions={
                mfaEditable &&
                (totp ? (
                  <>
                    <Button ref={totpButton} size="sm" variant="ghost" aria-label={t('mfa.totp.replace')} onClick={() => start({ kind: 'totp' })}>
                      {t('mfa.replace')}
                    </Button>
                    <Button size="sm" variant="ghost" aria-label={t('mfa.totp.remove')} onClick={() => start({ kind: 'remove', factor: 'totp', entry: totp })}>
                      {t('mfa.remove')}
                    </Button>
                  </>
                ) : (
                  factors.includes('Totp') && (
                    <Button ref={totpButton} size="sm" onClick={() => start({ kind: 'totp' })}>
                      {t('mfa.totp.add')}
                    </Button>
                  )
                ))
              }
            >
              {totp ? t('mfa.totp.on', { date: date.format(new Date(totp.createdAt)) }) : t('mfa.totp.off')}
            </RowLayout>
          )}

          {(factors.includes('BackupCode') || backupSets.length > 0) && (
            <RowLayout
              label={t('mfa.backup.title')}
              note={!hasRealFactor && backupSets.length === 0 ? t('mfa.backup.needs_factor') : undefined}
              actions={
                mfaEditable && (
                  <>
                    {backupSets.length > 0 && (
                      <Button size="sm" variant="ghost" onClick={() => start({ kind: 'view-codes' })}>
                        {t('mfa.backup.view')}
                      </Button>
                    )}
                    {(hasRealFactor || backupSets.length > 0) && factors.includes('BackupCode') && (
                      <Button ref={codesButton} size="sm" variant={backupSets.length > 0 ? 'ghost' : 'secondary'} onClick={() => start({ kind: 'new-codes' })}>
                        {t(backupSets.length > 0 ? 'mfa.backup.regenerate' : 'mfa.backup.generate')}
                      </Button>
                    )}
                  </>
                )
              }
            >
              {backupSets.length > 0 ? t('mfa.backup.remaining', { count: remaining }) : t('mfa.backup.off')}
            </RowLayout>
          )}

          {hasRealFactor && !mandatory(experience.mfa?.policy) && <MfaSwitch readOnly={!mfaEditable} />}
        </>
      )}

      {open?.kind === 'add-passkey' && <AddPasskeyDialog onClose={close} />}
      {open?.kind === 'totp' && <TotpDialog replacing={totp !== undefined} onClose={close} />}
      {open?.kind === 'new-codes' && <NewBackupCodesDialog existingIds={backupSets.map((entry) => entry.id)} onClose={close} />}
      {open?.kind === 'view-codes' && <ViewBackupCodesDialog onClose={close} />}
      {open?.kind === 'rename' && <RenamePasskeyDialog id={open.entry.id} current={open.entry.name ?? ''} onClose={close} />}
      {open?.kind === 'remove' && (
        <RemoveFactorDialog
          id={open.entry.id}
          title={t(`mfa.${open.factor}.remove_title`)}
          body={t(`mfa.${open.factor}.remove_body`)}
          done={t(`mfa.${open.factor}.removed`)}
          onClose={close}
        />
      )}
    </Section>
  );
}
