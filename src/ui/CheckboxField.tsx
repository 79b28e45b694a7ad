import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cx } from './cx';
import { describedBy } from './Field';

export type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
  wrapperClassName?: string;
};

/** A checkbox with its label beside it, and a hint or an error under both. */
export function CheckboxField({ label, hint, error, wrapperClassName, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={cx('flex flex-col gap-1', wrapperClassName)}>
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={cx('size-4 accent-brand', className)}
          {...input}
        />
        {label}
      </label>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-gray-600 dark:text-gray-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
