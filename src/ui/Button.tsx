import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from './cx';
import { Spinner } from './Spinner';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

const variants: Record<Variant, string> = {
  primary: 'bg-brand text-on-brand hover:bg-brand-hover border border-transparent',
  secondary:
    'border border-gray-300 bg-white text-gray-900 hover:bg-gray-50 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100 dark:hover:bg-gray-800',
  ghost: 'border border-transparent text-brand hover:bg-gray-100 dark:hover:bg-gray-800',
  danger: 'border border-transparent bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-gray-950',
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: 'sm' | 'md';
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

/** The look of a button, for a link that goes somewhere but should read as an action. */
export const buttonClass = (variant: Variant = 'secondary', size: 'sm' | 'md' = 'md', className?: string) =>
  cx(
    'inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors motion-reduce:transition-none',
    'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand',
    'disabled:cursor-not-allowed disabled:opacity-60',
    size === 'sm' ? 'px-3 py-1.5 text-sm' : 'px-4 py-2 text-sm',
    variants[variant],
    className,
  );

export function Button({ variant = 'secondary', size = 'md', busy = false, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={buttonClass(variant, size, className)}
      {...rest}
    >
      {busy && <Spinner />}
      {children}
    </button>
  );
}
