import { Link } from '@tanstack/react-router';
import { memo } from 'react';
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
        <ul className="flex max-h-[36rem] flex-col gap-2 overflow-auto text-sm">
          {shown.map((entity) => (
            <DeviatingItem key={entity.id} workspaceId={workspaceId} entity={entity} />
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

const wordsOf = (entity: DeviatingEntity) =>
  entity.deviations.map((deviation) => ({
    path: deviation.path,
    kind: deviation.kind,
    ...describeDeviation(deviation),
  }));
const signature = (entity: DeviatingEntity) =>
  `${entity.name}\u0000${wordsOf(entity)
    .map((words) => `${words.label} ${words.path}: ${words.text}`)
    .join('\u0000')}`;

/**
 * One entity and its deviations. The list is recomputed on every refresh while the crawl runs; an item
 * whose words did not change is not rendered again, so a refresh costs the entities that changed.
 */
const DeviatingItem = memo(
  function DeviatingItem({ workspaceId, entity }: { workspaceId: number; entity: DeviatingEntity }) {
    const name = entity.name ?? `Entity ${entity.id}`;
    return (
      <li className="rounded-md border border-slate-200 px-3 py-2">
        <Link
          to="/workspaces/$workspaceId/entities/$entityId"
          params={{ workspaceId, entityId: entity.id }}
          className="font-medium text-blue-800 underline"
        >
          {name}
        </Link>
        <ul
          aria-label={`Deviations of ${entity.name ?? `entity ${entity.id}`}`}
          className="mt-1 flex flex-col"
        >
          {wordsOf(entity).map((words) => (
            // Kind, path and words: a path that deviates twice (two unexpected types) says it twice apart.
            <li key={`${words.kind}-${words.path}-${words.text}`}>
              <span className="font-medium">{words.label}</span>{' '}
              <code className="font-mono text-xs">{words.path}</code>: {words.text}
            </li>
          ))}
        </ul>
      </li>
    );
  },
  (before, after) =>
    before.workspaceId === after.workspaceId &&
    before.entity.id === after.entity.id &&
    signature(before.entity) === signature(after.entity),
);
