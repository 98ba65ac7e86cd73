import { Link } from '@tanstack/react-router';
import type { Workspace } from '../../api/workspaces/schemas';
import { Badge } from '../../components/ui/badge';
import { ColorChip } from '../../components/ui/color-chip';
import { RelativeTime } from '../../components/ui/relative-time';
import { NotSent } from '../../components/ui/unreadable';

const VISIBILITY_LABELS: Record<string, string> = {
  INTERNAL: 'Internal',
  PRIVATE: 'Private',
  PUBLIC: 'Public',
  DEVELOPMENT: 'Development',
};

export function WorkspaceHeader({ workspace }: { workspace: Workspace }) {
  const version = workspace.app_version;
  return (
    <header className="border-b border-slate-200 bg-white px-4 py-3">
      {workspace.is_archived && (
        <p
          role="note"
          className="mb-2 rounded-md bg-amber-100 px-3 py-1.5 text-sm font-medium text-amber-900"
        >
          This workspace is archived: read-only.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{workspace.name}</h1>
        {workspace.visibility !== undefined && (
          <Badge>{VISIBILITY_LABELS[workspace.visibility] ?? workspace.visibility}</Badge>
        )}
        {workspace.labels?.map((label) => (
          <ColorChip key={label.id} color={label.color} title={label.description ?? label.name}>
            {label.name}
          </ColorChip>
        ))}
        <Link
          to="/workspaces/$workspaceId/drift"
          params={{ workspaceId: workspace.id }}
          className="ml-auto text-sm font-medium text-blue-800 underline"
        >
          Params drift
        </Link>
      </div>
      {workspace.description && <p className="mt-1 text-sm text-slate-600">{workspace.description}</p>}
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-xs text-slate-600">
        <div className="flex gap-1">
          <dt>App</dt>
          <dd className="font-medium text-slate-900">
            {workspace.app === undefined ? (
              <NotSent />
            ) : workspace.app ? (
              [
                workspace.app.name ?? `App #${workspace.app.id}`,
                version?.tag,
                version?.status && `(${version.status.toLowerCase()})`,
              ]
                .filter(Boolean)
                .join(' ')
            ) : (
              'None (development workspace)'
            )}
          </dd>
        </div>
        {version?.sdk_version && (
          <div className="flex gap-1">
            <dt>SDK</dt>
            <dd className="font-medium text-slate-900">{version.sdk_version}</dd>
          </div>
        )}
        {version?.python_version && (
          <div className="flex gap-1">
            <dt>Python</dt>
            <dd className="font-medium text-slate-900">{version.python_version}</dd>
          </div>
        )}
        <div className="flex gap-1">
          <dt>Created</dt>
          <dd>
            <RelativeTime iso={workspace.created_at} />
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Updated</dt>
          <dd>
            <RelativeTime iso={workspace.updated_at} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
