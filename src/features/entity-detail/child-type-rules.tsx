import { useInfiniteQuery } from '@tanstack/react-query';
import { entityTypeQueries } from '../../api/entity-types/queries';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { UnreadableText } from '../../components/ui/unreadable';
import { flattenPages } from '../../lib/pagination';
import { isUnreadable } from '../../lib/schema-helpers';

/** Which entity types the app allows as children of this entity's type. */
export function ChildTypeRules({ workspaceId, entityTypeId }: { workspaceId: number; entityTypeId: number }) {
  const query = useInfiniteQuery(entityTypeQueries.childTypes(workspaceId, entityTypeId));
  if (query.isPending) return <p className="text-sm text-slate-500">Loading…</p>;
  if (query.isError && !query.data) {
    return (
      <ErrorState title="Could not load child types" error={query.error} onRetry={() => query.refetch()} />
    );
  }
  const { items } = flattenPages(query.data.pages);
  if (items.length === 0) return <p className="text-sm text-slate-500">This type cannot have children.</p>;
  return (
    <ul className="flex flex-wrap gap-1.5 text-sm" aria-label="Allowed child types">
      {items.map((type, index) =>
        isUnreadable(type) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: an unreadable type may have no id; its place is its identity
          <li key={`unreadable:${index}`} className="rounded bg-amber-50 px-2 py-0.5">
            <UnreadableText noun="entity type" item={type} />
          </li>
        ) : (
          <li key={type.id} className="rounded bg-slate-100 px-2 py-0.5">
            {type.name}
            {type.is_file && <span className="ml-1 text-xs text-slate-500">(file)</span>}
          </li>
        ),
      )}
      {query.hasNextPage && (
        <li>
          <Button variant="link" onClick={() => void query.fetchNextPage()}>
            More…
          </Button>
        </li>
      )}
    </ul>
  );
}
