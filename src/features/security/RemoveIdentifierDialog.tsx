import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useRemoveIdentifier, type IdentifierKind } from './mutations';

export function RemoveIdentifierDialog({ kind, display, onClose }: { kind: IdentifierKind; display: string; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const remove = useRemoveIdentifier(kind);
  return (
    <Dialog open title={t(`identifier.${kind}.remove_title`)} description={t(`identifier.${kind}.remove_body`, { recipient: display })} onClose={onClose}>
      {remove.error && <Alert>{describeError(t, remove.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          busy={remove.isPending}
          onClick={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                toast.show(t(`identifier.${kind}.removed`));
                onClose();
              },
            })
          }
        >
          {t('identifier.remove')}
        </Button>
      </div>
    </Dialog>
  );
}
