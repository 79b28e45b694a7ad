import { useT } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useRemoveIdentifier, type IdentifierKind } from './mutations';

export function RemoveIdentifierDialog({ kind, display, onClose }: { kind: IdentifierKind; display: string; onClose: () => void }) {
  const t = useT();
  const remove = useRemoveIdentifier(kind);
  return (
    <ConfirmDialog
      title={t(`identifier.${kind}.remove_title`)}
      description={t(`identifier.${kind}.remove_body`, { recipient: display })}
      confirmLabel={t('identifier.remove')}
      done={t(`identifier.${kind}.removed`)}
      action={remove}
      onClose={onClose}
    />
  );
}
