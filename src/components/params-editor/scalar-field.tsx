import type { JsonPath } from '../../lib/format-path';
import { ChangedMark, ErrorMessages, useFieldStatus } from './field-status';
import { ItemControls, type ItemPosition } from './item-controls';
import { ScalarControl } from './scalar-control';

type Props = {
  path: JsonPath;
  name: string;
  /** The key, or `[2]` for a list item: the visible label. */
  label: string;
  value: unknown;
  unit?: string;
  item?: ItemPosition;
};

/** One value of an object or a list: label, input, unit, changed mark, server errors. */
export function ScalarField({ path, name, label, value, unit, item }: Props) {
  const status = useFieldStatus(name);
  return (
    <div
      className={`flex items-start gap-2 rounded px-1 py-0.5 ${status.changed ? 'bg-amber-50' : ''} ${status.invalid ? 'bg-red-50' : ''}`}
    >
      <label
        htmlFor={status.id}
        title={label}
        className="w-44 shrink-0 truncate pt-1 font-mono text-sm text-slate-700"
      >
        {label}
      </label>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-center gap-2">
          <ScalarControl
            id={status.id}
            path={path}
            name={name}
            value={value}
            unit={unit}
            describedBy={status.describedBy}
            invalid={status.invalid}
          />
          {status.changed && <ChangedMark id={status.changedId} />}
          {item && <ItemControls path={path} name={name} item={item} />}
        </div>
        <ErrorMessages errors={status.errors} ids={status.errorIds} />
      </div>
    </div>
  );
}
