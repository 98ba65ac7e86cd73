import { useQuery } from '@tanstack/react-query';
import { appQueries } from '../../api/apps/queries';
import { WORKSPACE_SORTS, type WorkspaceFilters, type WorkspaceSort } from '../../api/workspaces/filters';
import { type Label, VISIBILITIES } from '../../api/workspaces/schemas';
import { Button } from '../../components/ui/button';
import { SearchField } from '../../components/ui/search-field';
import { SelectField } from '../../components/ui/select-field';
import { visibilityLabel } from '../../components/workspace-rows/workspace-row';
import { isUnreadable } from '../../lib/schema-helpers';

const SORT_LABELS: Record<WorkspaceSort, string> = {
  'name:asc': 'Name (A–Z)',
  'name:desc': 'Name (Z–A)',
  'updated_at:desc': 'Recently updated',
  'updated_at:asc': 'Least recently updated',
  'created_at:desc': 'Newest first',
  'created_at:asc': 'Oldest first',
};

type Props = {
  filters: WorkspaceFilters;
  onChange: (next: WorkspaceFilters) => void;
  /** Labels seen so far: the API has no endpoint that lists them. */
  knownLabels: Label[];
};

/** Small grey labels over selects as tall as the search box beside them. */
const BAR_FIELD = { size: 'sm', controlSize: 'md' } as const;

export function hasActiveFilters(filters: WorkspaceFilters) {
  return Boolean(filters.q || filters.visibility || filters.app || filters.label || filters.archived);
}

export function WorkspaceFilterBar({ filters, onChange, knownLabels }: Props) {
  const apps = useQuery(appQueries.firstPage());
  const set = (patch: Partial<WorkspaceFilters>) => onChange({ ...filters, ...patch });

  return (
    <search className="flex flex-wrap items-end gap-3 border-b border-slate-200 bg-white px-4 py-3">
      <SearchField
        label="Search workspaces"
        placeholder="Name or description"
        value={filters.q ?? ''}
        onCommit={(q) => set({ q: q || undefined })}
      />
      <SelectField
        label="Visibility"
        {...BAR_FIELD}
        value={filters.visibility ?? ''}
        onChange={(event) =>
          set({ visibility: (event.target.value || undefined) as WorkspaceFilters['visibility'] })
        }
      >
        <option value="">All visibilities</option>
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {visibilityLabel(visibility)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="App"
        {...BAR_FIELD}
        className="max-w-56"
        value={filters.app ?? ''}
        onChange={(event) => set({ app: event.target.value ? Number(event.target.value) : undefined })}
      >
        <option value="">{apps.isError ? 'All apps (list unavailable)' : 'All apps'}</option>
        {/* An app the list could not read can still be filtered on when its id came through. */}
        {apps.data?.results.map((app) =>
          app.id === undefined ? null : (
            <option key={app.id} value={app.id}>
              {isUnreadable(app) ? `App #${app.id} (could not be read)` : (app.name ?? `App #${app.id}`)}
            </option>
          ),
        )}
        {filters.app && !apps.data?.results.some((app) => app.id === filters.app) && (
          <option value={filters.app}>App #{filters.app}</option>
        )}
      </SelectField>
      <SelectField
        label="Label"
        {...BAR_FIELD}
        className="max-w-48"
        value={filters.label ?? ''}
        onChange={(event) => set({ label: event.target.value ? Number(event.target.value) : undefined })}
      >
        <option value="">All labels</option>
        {knownLabels.map((label) => (
          <option key={label.id} value={label.id}>
            {label.name}
          </option>
        ))}
        {filters.label && !knownLabels.some((label) => label.id === filters.label) && (
          <option value={filters.label}>Label #{filters.label}</option>
        )}
      </SelectField>
      <SelectField
        label="Sort by"
        {...BAR_FIELD}
        value={filters.sort ?? 'name:asc'}
        onChange={(event) => set({ sort: event.target.value as WorkspaceSort })}
      >
        {WORKSPACE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </SelectField>
      <label className="flex items-center gap-2 py-1.5 text-sm">
        <input
          type="checkbox"
          checked={filters.archived ?? false}
          onChange={(event) => set({ archived: event.target.checked || undefined })}
        />
        Include archived
      </label>
      {hasActiveFilters(filters) && (
        <Button variant="link" className="py-1.5" onClick={() => onChange({ sort: filters.sort })}>
          Clear filters
        </Button>
      )}
    </search>
  );
}
