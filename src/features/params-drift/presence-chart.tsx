import type { SchemaPath } from '../../lib/params-drift/infer-schema';
import { percent } from './format';

/** More bars than this stop being a glance; the table below has every path. */
const MAX_BARS = 40;

/**
 * Presence per key as plain bars with their labels. Hidden from assistive technology: the schema table
 * holds the same figures, as text, and the caption says so.
 */
export function PresenceChart({ schema }: { schema: readonly SchemaPath[] }) {
  // The keys that say most: the top-level ones first, then the deeper ones, each in schema order.
  const keys = schema
    .filter((row) => !row.path.endsWith('[]'))
    .sort((a, b) => depth(a.path) - depth(b.path))
    .slice(0, MAX_BARS);
  if (keys.length === 0) return null;
  return (
    <figure className="flex flex-col gap-1" aria-labelledby="drift-chart-caption">
      <figcaption id="drift-chart-caption" className="text-base font-semibold">
        Presence per key{' '}
        <span className="text-sm font-normal text-slate-600">
          ({keys.length < schema.length ? `the first ${keys.length}; ` : ''}the schema table has the same
          figures)
        </span>
      </figcaption>
      <div
        aria-hidden="true"
        className="grid grid-cols-[minmax(8rem,16rem)_1fr_3.5rem] items-center gap-x-2 gap-y-0.5 text-xs"
      >
        {keys.map((row) => (
          <div key={row.path} className="contents">
            <span className="truncate font-mono" title={row.path}>
              {row.path}
            </span>
            <span className="h-2.5 rounded-sm bg-slate-100">
              <span
                className={`block h-full rounded-sm ${row.presence > 0.5 ? 'bg-blue-600' : 'bg-amber-500'}`}
                style={{ width: `${Math.max(row.presence * 100, 1)}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{percent(row.presence)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}

const depth = (path: string) => (path.match(/\.|\[/g) ?? []).length;
