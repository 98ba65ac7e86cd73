import type { ButtonHTMLAttributes } from 'react';

/** Drawn as a box (a fill or an outline): the size sets its corners, padding and text. */
const BOX_VARIANTS = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 border border-blue-700 font-medium',
  danger: 'bg-red-700 text-white hover:bg-red-800 border border-red-700 font-medium',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 font-medium',
  ghost: 'border border-transparent text-slate-700 hover:bg-slate-100 font-medium',
  /** A destructive action that is not the main one (Delete beside Rename, Cancel a running job). */
  'danger-outline': 'border border-red-300 bg-white text-red-800 hover:bg-red-50 font-medium',
  /** Going ahead despite a warning (Leave without saving). */
  warning: 'bg-amber-700 text-white hover:bg-amber-800 border border-amber-700 font-medium',
  /** The action of a warning banner that is not a way past it (Try again after signing in). */
  'warning-outline': 'border border-amber-400 bg-white font-medium',
  /** Adding to what the params editor shows (Add item, Add row, Add field, Show all rows). */
  add: 'font-medium text-blue-800 ring-1 ring-blue-200 hover:bg-blue-50',
  /** The small tools beside a value (copy, move, remove): outlined thinly, in plain weight. */
  tool: 'text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100',
  /** A tool that takes something away (remove an item). */
  'tool-danger': 'text-red-700 ring-1 ring-slate-300 hover:bg-slate-100',
  /** Opens a search of its own, drawn like the field it opens (the header's Search or jump…). */
  field: 'border border-slate-300 bg-white text-slate-600 hover:bg-slate-50',
} as const;

/** Drawn as text in the flow around it: the size sets only the text. */
const TEXT_VARIANTS = {
  /** Reads as a link, but acts on the page (Show more, Clear filters, Restore). */
  link: 'font-medium text-blue-700 hover:underline disabled:text-slate-400 disabled:no-underline',
  /** Blue text tinted on hover: a toggle inside a dense row (show more of a value, view as table). */
  tint: 'rounded px-1.5 font-medium text-blue-700 hover:bg-blue-50 disabled:opacity-50',
  /** A bare ▸/▾ that opens or closes what is under it (a node of a picker's tree). */
  disclosure: 'rounded text-slate-500 hover:bg-slate-100',
} as const;

const BOX_SIZES = {
  /** The tools beside a value. */
  xs: 'rounded px-1.5 py-0.5 text-xs',
  sm: 'rounded-md px-2 py-1 text-xs',
  /** Body text in a small box: the params editor, where rows are dense but read like the form. */
  compact: 'rounded-md px-2 py-1 text-sm',
  md: 'rounded-md px-3 py-1.5 text-sm',
} as const;

const TEXT_SIZES: Record<ButtonSize, string> = {
  xs: 'text-xs',
  sm: 'text-xs',
  compact: 'text-sm',
  md: 'text-sm',
};

export type ButtonVariant = keyof typeof BOX_VARIANTS | keyof typeof TEXT_VARIANTS;
export type ButtonSize = keyof typeof BOX_SIZES;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
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
export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md') {
  // Text greys or tints itself when disabled; a box fades.
  const look = isTextVariant(variant)
    ? `${TEXT_VARIANTS[variant]} ${TEXT_SIZES[size]}`
    : `${BOX_VARIANTS[variant]} ${BOX_SIZES[size]} disabled:opacity-50`;
  return `inline-flex items-center justify-center gap-1 disabled:cursor-not-allowed ${look}`;
}

function isTextVariant(variant: ButtonVariant): variant is keyof typeof TEXT_VARIANTS {
  return variant in TEXT_VARIANTS;
}
