import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { workspaceQueries } from '../../api/workspaces/queries';
import type { Workspace } from '../../api/workspaces/schemas';
import { Button } from '../../components/ui/button';
import { SearchField } from '../../components/ui/search-field';
import { readable } from '../../lib/schema-helpers';

type Props = { onPick: (workspace: Workspace) => void };

/** The first matches are enough to pick from: a longer list means a more precise name. */
const SHOWN = 8;

/** Another workspace to browse, found by name through the API's search (for the same structure elsewhere). */
export function WorkspaceSwitch({ onPick }: Props) {
  const [q, setQ] = useState('');
  const matches = useInfiniteQuery({ ...workspaceQueries.infinite({ q }), enabled: q !== '' });
  const workspaces = readable(matches.data?.pages.flatMap((page) => page.results) ?? []).slice(0, SHOWN);
  return (
    <div className="flex flex-col gap-1">
      <SearchField
        label="Another workspace"
        placeholder="Search workspaces by name"
        value={q}
        onCommit={setQ}
      />
      {q !== '' && matches.isPending && <p className="text-sm text-slate-500">Searching…</p>}
      {matches.isError && (
        <p role="status" className="text-sm text-amber-800">
          Search failed: {matches.error.message}
        </p>
      )}
      {matches.isSuccess && workspaces.length === 0 && (
        <p className="text-sm text-slate-500">No workspace matches “{q}”.</p>
      )}
      {workspaces.length > 0 && (
        <ul aria-label="Matching workspaces" className="flex flex-col gap-0.5 text-sm">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <Button
                variant="link"
                className="text-left"
                aria-label={`Browse ${workspace.name}`}
                onClick={() => onPick(workspace)}
              >
                {workspace.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
