import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldRow, fieldControlClass } from './field-row';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'size'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  size?: 'sm' | 'md';
  inline?: boolean;
  /** Classes of the row around the label and the input (the input's own go in `className`). */
  rowClassName?: string;
};

/** An <input> with its label (and an optional hint or error), as one field row. */
export function TextField({
  label,
  hint,
  error,
  size = 'md',
  inline,
  rowClassName,
  className = '',
  ...input
}: Props) {
  return (
    <FieldRow label={label} hint={hint} error={error} size={size} inline={inline} className={rowClassName}>
      {(control) => <input {...input} {...control} className={`${fieldControlClass[size]} ${className}`} />}
    </FieldRow>
  );
}
