import { SelectField } from '../../components/ui/select-field';
import { MAX_CONCURRENCY } from '../../lib/request-pool';

const CHOICES = Array.from({ length: MAX_CONCURRENCY }, (_, index) => index + 1);

/** How many requests the audit keeps in flight: fewer is gentler on a shared environment. */
export function ConcurrencyField({
  value,
  onChange,
  disabled,
}: {
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}) {
  return (
    <SelectField
      label="Requests at once"
      inline
      size="sm"
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </SelectField>
  );
}
