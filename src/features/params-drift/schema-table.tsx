import type { SchemaPath } from '../../lib/params-drift/infer-schema';
import { approx, exact, percent } from './format';

/**
 * The inferred schema, one row per path: the text of the presence chart as well (the chart is hidden
 * from assistive technology and points here).
 */
export function SchemaTable({ schema, entities }: { schema: readonly SchemaPath[]; entities: number }) {
  return (
    <section aria-labelledby="drift-schema" className="flex flex-col gap-2">
      <h2 id="drift-schema" className="text-base font-semibold">
        Schema
      </h2>
      <p className="text-sm text-slate-600">
        Learnt from {entities.toLocaleString('en')} {entities === 1 ? 'entity' : 'entities'}. Presence counts
        the entities that have the key among those whose parent key is there; <code>[]</code> stands for the
        items of a list.
      </p>
      {/* Focusable: a keyboard must be able to scroll it (it holds nothing else to focus). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div tabIndex={0} className="max-h-[32rem] overflow-auto rounded-md border border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Params schema: path, types, presence and range</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-1.5">
                Path
              </th>
              <th scope="col" className="px-2 py-1.5">
                Types
              </th>
              <th scope="col" className="px-2 py-1.5">
                Presence
              </th>
              <th scope="col" className="px-2 py-1.5">
                Range
              </th>
            </tr>
          </thead>
          <tbody>
            {schema.map((row) => (
              <tr key={row.path} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-2 py-1 font-mono text-xs font-normal break-all">
                  {row.path}
                </th>
                <td className="px-2 py-1">
                  {row.types
                    .map((t) => (t.entities === row.entities ? t.type : `${t.type} (${t.entities})`))
                    .join(', ')}
                </td>
                <td className="px-2 py-1 tabular-nums">
                  {percent(row.presence)}{' '}
                  <span className="text-slate-500">
                    ({row.entities} of {row.possible})
                  </span>
                </td>
                <td className="px-2 py-1 tabular-nums">
                  {row.min === undefined || row.max === undefined ? (
                    '—'
                  ) : (
                    <>
                      {exact(row.min)} … {exact(row.max)}
                      {row.fence && (
                        <span className="block text-xs text-slate-500">
                          expected {approx(row.fence.low)} … {approx(row.fence.high)}
                        </span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
