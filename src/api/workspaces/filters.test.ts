import { describe, expect, it } from 'vitest';
import { normalizeWorkspaceFilters, workspaceFilterSearchParams, workspaceFiltersSchema } from './filters';

describe('workspace filters', () => {
  it('drop invalid URL values instead of failing the page', () => {
    expect(
      workspaceFiltersSchema.parse({
        visibility: 'SECRET',
        app: 'abc',
        label: '-1',
        sort: 'random',
        q: ' pile ',
      }),
    ).toEqual({ q: 'pile' });
  });

  it('read numbers from the URL', () => {
    expect(workspaceFiltersSchema.parse({ app: '3', label: 4, archived: true })).toEqual({
      app: 3,
      label: 4,
      archived: true,
    });
  });

  it('map to the API wire names, with the default sort', () => {
    expect(
      workspaceFilterSearchParams({ q: 'dike', visibility: 'PUBLIC', app: 2, label: 5, archived: true }),
    ).toEqual({
      search: 'dike',
      visibility: 'PUBLIC',
      app: '2',
      label: '5',
      include_archived: 'true',
      sort: 'name:asc',
    });
  });

  it('normalise so equal views share one cache entry', () => {
    expect(normalizeWorkspaceFilters({ sort: 'name:asc', archived: false, q: '' })).toEqual({});
  });
});
