import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 border border-blue-700',
  danger: 'bg-red-700 text-white hover:bg-red-800 border border-red-700',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
  ghost: 'border border-transparent text-slate-700 hover:bg-slate-100',
  /** A destructive action that is not the main one (Delete beside Rename, Cancel a running job). */
  'danger-outline': 'border border-red-300 bg-white text-red-800 hover:bg-red-50',
  /** Going ahead despite a warning (Leave without saving). */
  warning: 'bg-amber-700 text-white hover:bg-amber-800 border border-amber-700',
} as const;

const SIZES = {
  sm: 'px-2 py-1 text-xs',
  md: 'px-3 py-1.5 text-sm',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: keyof typeof SIZES;
};

/** The one button. `type="button"` unless said otherwise, so no button submits a form by accident. */
export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...rest
}: Props) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...rest} />;
}

/** The classes of a Button, for the few places that need them on a link (`<Link>` styled as a button). */
export function buttonClass(variant: ButtonVariant = 'secondary', size: keyof typeof SIZES = 'md') {
  return `inline-flex items-center justify-center gap-1 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${SIZES[size]}`;
}
