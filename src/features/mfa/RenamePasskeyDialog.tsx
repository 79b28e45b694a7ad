import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { renameMfaVerification } from '../../api/mfa';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { useRefreshMfa } from '@/api/queries/mfa';

export function RenamePasskeyDialog({ id, current, onClose }: { id: string; current: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const refresh = useRefreshMfa();
  const [name, setName] = useState(current);
  const rename = useVerifiedMutation<unknown, string>({
    mutationFn: (value, verificationId) => renameMfaVerification(api, id, value, verificationId),
    onSuccess: () => refresh(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate(name.trim(), {
      onSuccess: () => {
        toast.show(t('mfa.passkey.renamed'));
        onClose();
      },
    });
  };
  return (
    <Dialog open title={t('mfa.passkey.rename_title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label={t('mfa.passkey.name')}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          error={rename.error ? describeError(t, rename.error) : undefined}
          data-autofocus
        />
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={rename.isPending} disabled={!name.trim()}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
