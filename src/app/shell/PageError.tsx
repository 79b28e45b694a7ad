import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** A page whose data could not load: the reason in plain words and a way to try again. */
export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="flex flex-col items-start gap-3">
      <Alert>{describeError(t, error)}</Alert>
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </div>
  );
}
