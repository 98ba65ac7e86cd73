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
    <label className="flex items-center gap-2 text-sm text-slate-700">
      Requests at once
      <select
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:text-slate-400"
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
