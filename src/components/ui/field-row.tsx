import { type ReactNode, useId } from 'react';

/** What the row hands its control: the id its label points at and the texts that describe it. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type Props = {
  label: ReactNode;
  /** Help shown under the control and read with it. */
  hint?: ReactNode;
  /** Why the value was refused; marks the control invalid and is read before the hint. */
  error?: ReactNode;
  /** `sm`: the small grey label of filter and option bars; `md`: forms and dialogs. */
  size?: 'sm' | 'md';
  /** Label beside the control instead of above it. */
  inline?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

const LABEL = {
  sm: 'text-xs font-medium text-slate-600',
  md: 'text-sm font-medium',
} as const;

/** The look of a text input or select in a row; `sm` for option bars, where rows are denser. */
export const fieldControlClass = {
  sm: 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm',
  md: 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm',
} as const;

/**
 * One form row: a label, the control it names, and under it an error and a hint that the control
 * is described by. The ids come from useId, so two rows on one page never share one.
 */
export function FieldRow({
  label,
  hint,
  error,
  size = 'md',
  inline = false,
  className = '',
  children,
}: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
  const control = children({
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  });
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className={inline ? 'flex items-center gap-2' : 'contents'}>
        <label htmlFor={id} className={LABEL[size]}>
          {label}
        </label>
        {control}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
