import type { UseMutationResult } from '@tanstack/react-query';
import { describeError } from '../i18n/describe-error';
import { useT } from '../i18n/I18nProvider';
import { Alert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { useToast } from './Toast';

type Props = {
  title: string;
  description: string;
  confirmLabel: string;
  /** Toast text once the action succeeded. */
  done: string;
  /** Runs on confirm; its error stays in the dialog, next to the buttons. */
  action: Pick<UseMutationResult<unknown, unknown, void>, 'mutate' | 'isPending' | 'error'>;
  onClose: () => void;
  returnFocusTo?: () => HTMLElement | null | undefined;
};

/** Asks before something destructive, runs it, and says so. Cancel has the focus: the safe choice. */
export function ConfirmDialog({ title, description, confirmLabel, done, action, onClose, returnFocusTo }: Props) {
  const t = useT();
  const toast = useToast();
  return (
    <Dialog open title={title} description={description} onClose={onClose} returnFocusTo={returnFocusTo}>
      {action.error ? <Alert>{describeError(t, action.error)}</Alert> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          busy={action.isPending}
          onClick={() =>
            action.mutate(undefined, {
              onSuccess: () => {
                toast.show(done);
                onClose();
              },
            })
          }
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
