import { Link } from '@tanstack/react-router';
import type { DeviatingEntity } from '../../lib/params-drift/deviations';
import { describeDeviation } from './format';

/** Thousands of links would be a wall nobody reads and a slow render; the count says how many more. */
const MAX_LISTED = 200;

/** The entities whose params deviate from the schema, each a link, with what deviates. */
export function DeviationList({
  workspaceId,
  deviating,
  entities,
}: {
  workspaceId: number;
  deviating: readonly DeviatingEntity[];
  entities: number;
}) {
  const shown = deviating.slice(0, MAX_LISTED);
  return (
    <section aria-labelledby="drift-deviating" className="flex flex-col gap-2">
      <h2 id="drift-deviating" className="text-base font-semibold">
        Deviating entities ({deviating.length.toLocaleString('en')} of {entities.toLocaleString('en')})
      </h2>
      {deviating.length === 0 ? (
        <p className="text-sm text-slate-600">
          {entities === 0 ? 'No params read yet.' : 'Every entity read so far follows the schema.'}
        </p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {shown.map((entity) => (
            <li key={entity.id} className="rounded-md border border-slate-200 px-3 py-2">
              <Link
                to="/workspaces/$workspaceId/entities/$entityId"
                params={{ workspaceId, entityId: entity.id }}
                className="font-medium text-blue-800 underline"
              >
                {entity.name ?? `Entity ${entity.id}`}
              </Link>
              <ul
                aria-label={`Deviations of ${entity.name ?? `entity ${entity.id}`}`}
                className="mt-1 flex flex-col"
              >
                {entity.deviations.map((deviation) => {
                  const { label, text } = describeDeviation(deviation);
                  return (
                    <li
                      key={`${deviation.kind}-${deviation.path}-${'found' in deviation ? deviation.found : ''}`}
                    >
                      <span className="font-medium">{label}</span>{' '}
                      <code className="font-mono text-xs">{deviation.path}</code>: {text}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {deviating.length > shown.length && (
        <p className="text-sm text-slate-600">
          Showing the first {shown.length} of {deviating.length.toLocaleString('en')}.
        </p>
      )}
    </section>
  );
}
