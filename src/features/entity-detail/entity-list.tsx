import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { UnreadableText } from '../../components/ui/unreadable';
import { flattenPages } from '../../lib/pagination';
import { isUnreadable, type Paginated } from '../../lib/schema-helpers';

type Props = { workspaceId: number; entityId: number };

// Children share the tree's cache entry: opening a node and reading this list is one request.
export function ChildrenList({ workspaceId, entityId }: Props) {
  const query = useInfiniteQuery(entityQueries.children(workspaceId, entityId));
  return <EntityLinks workspaceId={workspaceId} query={query} noun="children" />;
}

export function SiblingsList({ workspaceId, entityId }: Props) {
  const query = useInfiniteQuery(entityQueries.siblings(workspaceId, entityId));
  return <EntityLinks workspaceId={workspaceId} query={query} noun="siblings" />;
}

type LinksProps = {
  workspaceId: number;
  query: UseInfiniteQueryResult<InfiniteData<Paginated<Entity>, unknown>>;
  noun: string;
};

// The tree may have loaded thousands of children into the shared cache: render them in steps.
const STEP = 50;

/** A list of entities as links, one page at a time. */
function EntityLinks({ workspaceId, query, noun }: LinksProps) {
  const [shown, setShown] = useState(STEP);
  if (query.isPending) return <p className="text-sm text-slate-500">Loading {noun}…</p>;
  if (query.isError && !query.data) {
    return (
      <ErrorState title={`Could not load ${noun}`} error={query.error} onRetry={() => query.refetch()} />
    );
  }
  const { items, total } = flattenPages(query.data?.pages);
  if (total === 0) return <p className="text-sm text-slate-500">No {noun}.</p>;
  return (
    <div>
      <p className="mb-1 text-xs text-slate-500">
        {Math.min(shown, items.length) < total ? `${Math.min(shown, items.length)} of ${total}` : total}{' '}
        {noun}
      </p>
      <ul className="max-h-64 space-y-0.5 overflow-auto text-sm" aria-label={noun}>
        {items.slice(0, shown).map((entity, index) =>
          isUnreadable(entity) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: an unreadable entity may have no id; its place is its identity
            <li key={`unreadable:${index}`} className="flex min-w-0">
              <UnreadableText noun="entity" item={entity} />
            </li>
          ) : (
            <li key={entity.id} className="flex gap-2">
              <Link
                to="/workspaces/$workspaceId/entities/$entityId"
                params={{ workspaceId, entityId: entity.id }}
                search={(previous) => previous}
                className="truncate text-blue-700 hover:underline"
              >
                {entity.name}
              </Link>
              {entity.entity_type_name && (
                <span className="text-xs text-slate-500">{entity.entity_type_name}</span>
              )}
            </li>
          ),
        )}
      </ul>
      {items.length > shown && (
        <Button variant="link" className="mt-2" onClick={() => setShown((count) => count + STEP)}>
          Show {Math.min(STEP, items.length - shown)} more {noun}
        </Button>
      )}
      {items.length <= shown && query.hasNextPage && (
        <Button
          variant="link"
          className="mt-2"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? 'Loading…' : `Show more ${noun}`}
        </Button>
      )}
    </div>
  );
}
