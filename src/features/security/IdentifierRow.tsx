import { useRef, useState } from 'react';
import { useOpenRequest } from '@/app/open-request';
import { useT } from '../../i18n/I18nProvider';
import { usePhoneFormat } from '../../phone/use-phone-format';
import { Button } from '../../ui/Button';
import { useStepUp } from '../../verification/VerificationProvider';
import { NotSet } from '../rows/EditableRow';
import { RowLayout } from '../rows/RowLayout';
import type { RowControl } from '../rows/row-control';
import { ChangeIdentifierDialog } from './ChangeIdentifierDialog';
import type { IdentifierKind } from './mutations';
import { RemoveIdentifierDialog } from './RemoveIdentifierDialog';

type Props = RowControl & { kind: IdentifierKind; value: string | null | undefined };

/** The primary email or phone, with Add/Change and Remove. */
export function IdentifierRow({ kind, value, readOnly, readOnlyReason }: Props) {
  const t = useT();
  const stepUp = useStepUp();
  const formatPhone = usePhoneFormat(kind === 'phone' && Boolean(value));
  const [open, setOpen] = useState<'change' | 'remove' | undefined>();
  const label = t(`identifier.${kind}.label`);
  const display = value ? (kind === 'phone' ? formatPhone(value) : value) : undefined;

  const start = (dialog: 'change' | 'remove') => stepUp.afterVerifying(() => setOpen(dialog));
  const changeButton = useRef<HTMLButtonElement>(null);
  // From the overview: as if the button had been pressed, so the dialog hands focus back to it.
  useOpenRequest(
    kind === 'email' ? 'add-email' : 'add-phone',
    () => {
      changeButton.current?.focus();
      start('change');
    },
    !readOnly,
  );

  return (
    <RowLayout
      label={label}
      note={readOnly ? readOnlyReason : undefined}
      actions={
        !readOnly && (
          <>
            <Button
              ref={changeButton}
              size="sm"
              variant="ghost"
              aria-label={t(value ? `identifier.${kind}.change` : `identifier.${kind}.add`)}
              onClick={() => start('change')}
            >
              {t(value ? 'identifier.change' : 'identifier.add')}
            </Button>
            {value && (
              <Button size="sm" variant="ghost" aria-label={t(`identifier.${kind}.remove`)} onClick={() => start('remove')}>
                {t('identifier.remove')}
              </Button>
            )}
          </>
        )
      }
    >
      {display ? <bdi dir="ltr">{display}</bdi> : <NotSet />}
      {open === 'change' && <ChangeIdentifierDialog kind={kind} hasCurrent={Boolean(value)} onClose={() => setOpen(undefined)} />}
      {open === 'remove' && display && <RemoveIdentifierDialog kind={kind} display={display} onClose={() => setOpen(undefined)} />}
    </RowLayout>
  );
}
