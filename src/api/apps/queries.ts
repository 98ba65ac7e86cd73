import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { PAGE_SIZE, pageSearchParams } from '../../lib/pagination';
import { appPageSchema } from './schemas';

export function listApps(
  params: { offset: number; limit?: number; search?: string },
  options: RequestOptions = {},
) {
  return apiRequest('get', 'apps/', appPageSchema, {
    ...options,
    searchParams: { ...pageSearchParams(params.offset, params.limit), search: params.search },
  });
}

export const appQueries = {
  all: () => ['apps'] as const,
  /** One page is enough to offer the app filter; apps rarely number in the hundreds. */
  firstPage: () =>
    queryOptions({
      queryKey: [...appQueries.all(), 'list', { offset: 0, limit: PAGE_SIZE }] as const,
      queryFn: ({ signal }) => listApps({ offset: 0 }, { signal }),
      staleTime: 5 * 60_000,
    }),
};
