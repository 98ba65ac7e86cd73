import { useCallback, useState } from 'react';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import type { Label, Workspace } from '../../api/workspaces/schemas';
import { Main } from '../../components/ui/main-landmark';
import { WorkspaceFilterBar } from './workspace-filter-bar';
import { WorkspaceResults } from './workspace-results';

type Props = { filters: WorkspaceFilters; onFiltersChange: (next: WorkspaceFilters) => void };

export function WorkspaceListPage({ filters, onFiltersChange }: Props) {
  const [knownLabels, rememberLabels] = useKnownLabels();
  return (
    <Main className="flex min-h-0 flex-1 flex-col">
      <h1 className="sr-only">Workspaces</h1>
      <WorkspaceFilterBar filters={filters} onChange={onFiltersChange} knownLabels={knownLabels} />
      <WorkspaceResults filters={filters} onChange={onFiltersChange} onWorkspacesLoaded={rememberLabels} />
    </Main>
  );
}

/**
 * The API has no label list, so the label filter offers every label seen in loaded workspaces,
 * kept while the user narrows the list (which would otherwise make options disappear).
 */
function useKnownLabels(): [Label[], (workspaces: Workspace[]) => void] {
  const [labels, setLabels] = useState<Label[]>([]);
  const remember = useCallback((workspaces: Workspace[]) => {
    setLabels((known) => {
      const byId = new Map(known.map((label) => [label.id, label]));
      const before = byId.size;
      for (const workspace of workspaces)
        for (const label of workspace.labels ?? []) byId.set(label.id, label);
      if (byId.size === before) return known;
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
    });
  }, []);
  return [labels, remember];
}
