import { useState, type FormEvent } from 'react';
import { hasErrorCode } from '../../api/error';
import { useSignInExperience } from '../../app/account-center/sign-in-experience';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { Dialog } from '../../ui/Dialog';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { useSetPassword } from './mutations';
import { describeRejection, passwordPolicyFrom, requirements, strength } from './password-policy';

const strengthKeys = ['password.strength.0', 'password.strength.1', 'password.strength.2', 'password.strength.3', 'password.strength.4'] as const;
const strengthColours = ['bg-gray-300', 'bg-red-600', 'bg-amber-500', 'bg-lime-600', 'bg-green-600'];

/** Set a first password or change it, with the tenant's rules and Logto's verdict next to the field. */
export function PasswordDialog({ hasPassword, onClose }: { hasPassword: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { experience } = useSignInExperience();
  const policy = passwordPolicyFrom(experience);
  const setPassword = useSetPassword();
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; rules?: string[]; form?: string }>({});
  const rules = requirements(t, password, policy);
  const score = strength(password);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (rules.some((rule) => !rule.met)) next.password = t('password.error.rules');
    if (confirm !== password) next.confirm = t('password.error.mismatch');
    setErrors(next);
    if (next.password || next.confirm) return;
    setPassword.mutate(password, {
      onSuccess: () => {
        toast.show(t(hasPassword ? 'password.changed' : 'password.set'));
        onClose();
      },
      onError: (error) => {
        if (hasErrorCode(error, 'password.rejected')) {
          setErrors({ password: t('password.error.rejected'), rules: describeRejection(t, error.data) });
        } else if (hasErrorCode(error, 'user.same_password')) {
          setErrors({ password: t('code.user.same_password') });
        } else {
          setErrors({ form: describeError(t, error) });
        }
      },
    });
  };

  return (
    <Dialog open title={t(hasPassword ? 'password.change_title' : 'password.set_title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-2">
          <TextField
            label={t('password.new')}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            value={password}
            error={errors.password}
            onChange={(event) => setPasswordValue(event.target.value)}
            data-autofocus
          />
          {errors.rules && errors.rules.length > 0 && (
            <ul className="list-disc ps-5 text-sm text-red-700 dark:text-red-300">
              {errors.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          )}
          <div className="flex items-center gap-2" aria-hidden="true">
            {[1, 2, 3, 4].map((level) => (
              <span key={level} className={cx('h-1.5 flex-1 rounded-full', score >= level ? strengthColours[score] : 'bg-gray-200 dark:bg-gray-700')} />
            ))}
          </div>
          <p className="text-xs text-gray-700 dark:text-gray-300" aria-live="polite">
            {t('password.strength', { level: t(strengthKeys[score]) })}
          </p>
          <ul aria-label={t('password.requirements')} className="flex flex-col gap-1 text-xs">
            {rules.map((rule) => (
              <li key={rule.key} className={rule.met ? 'text-green-800 dark:text-green-300' : 'text-gray-700 dark:text-gray-300'}>
                <span aria-hidden="true">{rule.met ? '✓ ' : '○ '}</span>
                {rule.text}
                <span className="sr-only"> {t(rule.met ? 'password.rule.met' : 'password.rule.not_met')}</span>
              </li>
            ))}
            {(policy.rejects.pwned || policy.rejects.repetitionAndSequence || policy.rejects.userInfo) && (
              <li className="text-gray-700 dark:text-gray-300">{t('password.rule.server')}</li>
            )}
          </ul>
        </div>
        <TextField
          label={t('password.confirm')}
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          value={confirm}
          error={errors.confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />
        <CheckboxField label={t('password.show')} checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        {errors.form && <Alert>{errors.form}</Alert>}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={setPassword.isPending}>
            {t(hasPassword ? 'password.change' : 'password.set_action')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
