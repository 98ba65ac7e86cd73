import { type InfiniteData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { workspaceQueries } from '../../api/workspaces/queries';
import { errorMessage } from '../../components/ui/error-state';
import { isApiError } from '../../lib/api-error';
import { type Paginated, readable } from '../../lib/schema-helpers';
import { matchesText, parseIdQuery } from './palette-options';
import type { CurrentPlace, PaletteSources } from './palette-types';
import type { RecentJump } from './recent-jumps';
import { useDebouncedValue } from './use-debounced-value';

const TYPING_PAUSE_MS = 150;

/** A line about the lookups, shown without options: "Searching…", a failure, or that nothing matched. */
export type PaletteStatus = { text: string; tone: 'busy' | 'error' | 'quiet' } | undefined;

/**
 * Everything the palette can offer for `text`. Requests wait for a pause in typing; the input never
 * waits for them.
 */
export function usePaletteSources(text: string, place: CurrentPlace, recent: readonly RecentJump[]) {
  const typed = text.trim();
  const settled = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const id = parseIdQuery(settled);
  // `#12` is an id and nothing else; `12` may also be part of a name.
  const searchText = /^#/.test(settled) ? '' : settled;
  const workspaceId = place.workspaceId;

  // The list page's own query for this search, so going on to the list with it costs nothing more.
  // No placeholder from the previous key: with nothing typed that key is the unfiltered list's.
  const search = useInfiniteQuery({
    ...workspaceQueries.list({ q: searchText }),
    enabled: searchText !== '',
  });
  const workspaceById = useQuery({ ...workspaceQueries.detail(id ?? 0), enabled: id !== undefined });
  const entityById = useQuery({
    ...entityQueries.detail(workspaceId ?? 0, id ?? 0),
    enabled: id !== undefined && workspaceId !== undefined,
  });

  const queryClient = useQueryClient();
  // The tree's lists have no observer per list (the tree reads them straight from the cache), so the
  // palette reads them the same way: what is loaded when the text changes, with no request of its own.
  const loadedEntities = useMemo(() => {
    if (workspaceId === undefined || !typed) return [];
    const byId = new Map<number, Entity>();
    const lists = queryClient.getQueriesData<InfiniteData<Paginated<Entity>>>({
      queryKey: entityQueries.treeLists(workspaceId),
    });
    for (const [, data] of lists) {
      for (const page of data?.pages ?? []) {
        for (const entity of readable(page.results)) {
          if (matchesText(entity.name, typed)) byId.set(entity.id, entity);
        }
      }
    }
    return [...byId.values()];
  }, [queryClient, workspaceId, typed]);

  const sources: PaletteSources = {
    text: typed,
    recent,
    searchedWorkspaces: searchText && search.data ? readable(search.data.pages[0]?.results ?? []) : [],
    workspaceById: id !== undefined ? workspaceById.data : undefined,
    loadedEntities,
    entityById: id !== undefined && workspaceId !== undefined ? entityById.data?.entity : undefined,
    place,
  };

  const waiting =
    typed !== settled ||
    (searchText !== '' && search.isFetching) ||
    (id !== undefined && (workspaceById.isFetching || entityById.isFetching));
  let status: PaletteStatus;
  if (waiting && typed) status = { text: 'Searching…', tone: 'busy' };
  else if (searchText && search.isError) {
    status = { text: `Could not search workspaces: ${errorMessage(search.error)}`, tone: 'error' };
  } else if (id !== undefined && workspaceById.isError && !isNotFound(workspaceById.error)) {
    status = {
      text: `Could not look up workspace #${id}: ${errorMessage(workspaceById.error)}`,
      tone: 'error',
    };
  }
  return { sources, status };
}

const isNotFound = (error: unknown) => isApiError(error) && error.isNotFound;
