import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldRow, fieldControlClass } from './field-row';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'size'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  size?: 'sm' | 'md';
  /** The select's own size when it differs from the label's: option bars whose selects line up with a search box. */
  controlSize?: 'sm' | 'md';
  inline?: boolean;
  /** Classes of the row around the label and the select (the select's own go in `className`). */
  rowClassName?: string;
};

/** A <select> with its label (and an optional hint or error), as one field row. */
export function SelectField({
  label,
  hint,
  error,
  size = 'md',
  controlSize = size,
  inline,
  rowClassName,
  className = '',
  children,
  ...select
}: Props) {
  return (
    <FieldRow label={label} hint={hint} error={error} size={size} inline={inline} className={rowClassName}>
      {(control) => (
        <select {...select} {...control} className={`${fieldControlClass[controlSize]} ${className}`}>
          {children}
        </select>
      )}
    </FieldRow>
  );
}
