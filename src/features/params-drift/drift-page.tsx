import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { entityTypeQueries } from '../../api/entity-types/queries';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';
import { DriftReport } from './drift-report';
import { TypePicker } from './type-picker';

/**
 * Params drift of one entity type in a workspace. Without a type in the URL it asks for one (the
 * workspace's types, all pages: an app has tens of them).
 */
export function DriftPage({
  workspaceId,
  entityTypeId,
  onTypeChange,
}: {
  workspaceId: number;
  entityTypeId: number | undefined;
  onTypeChange: (entityTypeId: number) => void;
}) {
  const typesQuery = useInfiniteQuery(entityTypeQueries.list(workspaceId));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = typesQuery;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const pages = typesQuery.data?.pages;
  const entityTypes = useMemo(() => (pages ? readable(flattenPages(pages).items) : []), [pages]);
  const typeName = entityTypes.find((type) => type.id === entityTypeId)?.name;

  return (
    <div className="flex flex-col gap-4 p-4">
      <h2 className="text-lg font-semibold">
        Params drift{typeName ? `: ${typeName}` : entityTypeId ? `: type ${entityTypeId}` : ''}
      </h2>
      {typesQuery.isError && (
        <p role="alert" className="text-sm text-red-800">
          The entity types could not be read: {typesQuery.error.message}
        </p>
      )}
      <TypePicker entityTypes={entityTypes} selected={entityTypeId} onChange={onTypeChange} />
      {entityTypeId === undefined ? (
        <p className="text-sm text-slate-600">
          Choose an entity type: its entities' params are read, the schema they share is inferred, and the
          entities that deviate from it are listed.
        </p>
      ) : (
        <DriftReport
          key={`${workspaceId}-${entityTypeId}`}
          workspaceId={workspaceId}
          entityTypeId={entityTypeId}
        />
      )}
    </div>
  );
}
