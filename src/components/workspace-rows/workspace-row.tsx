import { memo, type ReactNode } from 'react';
import type { Workspace } from '../../api/workspaces/schemas';
import type { UnreadableItem } from '../../lib/schema-helpers';
import { Badge, type BadgeTone } from '../ui/badge';
import { ColorChip } from '../ui/color-chip';
import { RelativeTime } from '../ui/relative-time';
import { NotSent, UnreadableText } from '../ui/unreadable';
import type { WorkspaceLinks } from './use-workspace-links';

export const WORKSPACE_ROW_HEIGHT = 64;
// Phones get name + visibility; the other columns appear from the md breakpoint.
export const WORKSPACE_GRID =
  'grid grid-cols-[minmax(0,1fr)_auto] md:grid-cols-[minmax(0,3fr)_7rem_minmax(0,2fr)_minmax(0,2fr)_7rem_7rem] items-center gap-4 px-4';
export const WIDE_ONLY = 'hidden md:flex';

const VISIBILITY: Record<string, { label: string; tone: BadgeTone }> = {
  INTERNAL: { label: 'Internal', tone: 'blue' },
  PRIVATE: { label: 'Private', tone: 'purple' },
  PUBLIC: { label: 'Public', tone: 'green' },
  DEVELOPMENT: { label: 'Development', tone: 'amber' },
};

export function visibilityLabel(visibility: string): string {
  return VISIBILITY[visibility]?.label ?? visibility;
}

const STATUS_TONE: Record<string, BadgeTone> = {
  PUBLISHED: 'green',
  ERROR: 'red',
  ERROR_WITH_ACTION_REQUIRED: 'red',
};

function statusLabel(status: string) {
  return status.charAt(0) + status.slice(1).toLowerCase().replaceAll('_', ' ');
}

function AppCell({ workspace }: { workspace: Workspace }) {
  const { app, app_version: version } = workspace;
  // `null` is a development workspace; absent means the server did not say.
  if (app === undefined)
    return (
      <span className={`${WIDE_ONLY} text-sm`}>
        <NotSent />
      </span>
    );
  if (!app) return <span className={`${WIDE_ONLY} text-sm text-slate-500`}>No app (development)</span>;
  const name = app.name ?? `App #${app.id}`;
  return (
    <div className={`${WIDE_ONLY} min-w-0 items-center gap-1.5 text-sm`}>
      <span className="truncate" title={name}>
        {name}
      </span>
      {version?.tag && <Badge title="App version">{version.tag}</Badge>}
      {version?.status && (
        <Badge tone={STATUS_TONE[version.status] ?? 'neutral'} title="Version status">
          {statusLabel(version.status)}
        </Badge>
      )}
    </div>
  );
}

type Props = {
  workspace: Workspace;
  index: number;
  /** The list's length for `aria-setsize`; -1 while it is not known yet. */
  total: number;
  start: number;
  /** More links for this workspace, shown after its name (e.g. "Audit"). */
  actions?: ReactNode;
  /** The name's link to the workspace (useWorkspaceLinks, one for the list). */
  links: WorkspaceLinks;
};

function rowProps(index: number, total: number, start: number) {
  return {
    'aria-posinset': index + 1,
    'aria-setsize': total,
    className: `${WORKSPACE_GRID} absolute inset-x-0 top-0 border-b border-slate-100 bg-white hover:bg-slate-50`,
    style: { height: WORKSPACE_ROW_HEIGHT, transform: `translateY(${start}px)` },
  };
}

/**
 * A workspace the server sent in a shape we cannot read: its id and why, in its place in the list.
 * Rows are memoized, here and below: the list renders again on every scroll step and whenever the page
 * around it does (labels learned from a page), and a row whose props are the same need not.
 */
export const UnreadableWorkspaceRow = memo(function UnreadableWorkspaceRow({
  item,
  index,
  total,
  start,
}: Omit<Props, 'workspace' | 'actions' | 'links'> & { item: UnreadableItem }) {
  return (
    <li {...rowProps(index, total, start)}>
      <p className="col-span-full min-w-0 truncate text-sm">
        <UnreadableText noun="workspace" item={item} />
      </p>
    </li>
  );
});

export const WorkspaceRow = memo(function WorkspaceRow({
  workspace,
  index,
  total,
  start,
  actions,
  links,
}: Props) {
  const visibility = workspace.visibility === undefined ? undefined : VISIBILITY[workspace.visibility];
  return (
    <li {...rowProps(index, total, start)}>
      <div className="min-w-0">
        <div className="flex min-w-0 items-center gap-2">
          <a
            href={links.hrefOf(workspace.id)}
            onClick={(event) => links.open(event, workspace.id)}
            onPointerEnter={() => links.preview(workspace.id)}
            onPointerLeave={links.endPreview}
            onFocus={() => links.preview(workspace.id)}
            onBlur={links.endPreview}
            className="truncate font-medium text-blue-700 hover:underline"
          >
            {workspace.name}
          </a>
          {workspace.is_archived && <Badge tone="amber">Archived</Badge>}
          {actions}
        </div>
        <p className="truncate text-sm text-slate-600" title={workspace.description ?? undefined}>
          {workspace.description || <span className="italic text-slate-500">No description</span>}
        </p>
      </div>
      <div>
        {workspace.visibility === undefined ? (
          <NotSent />
        ) : (
          <Badge tone={visibility?.tone ?? 'neutral'}>{visibilityLabel(workspace.visibility)}</Badge>
        )}
      </div>
      <AppCell workspace={workspace} />
      {workspace.labels === undefined ? (
        <span className={`${WIDE_ONLY} text-sm`}>
          <NotSent text="labels not sent" />
        </span>
      ) : (
        <ul
          aria-label="Labels"
          className={`${WIDE_ONLY} min-w-0 flex-wrap gap-1 overflow-hidden`}
          style={{ maxHeight: 48 }}
        >
          {workspace.labels.map((label) => (
            <li key={label.id}>
              <ColorChip color={label.color} title={label.description ?? label.name}>
                {label.name}
              </ColorChip>
            </li>
          ))}
        </ul>
      )}
      <div className={`${WIDE_ONLY} text-sm text-slate-600`}>
        <RelativeTime iso={workspace.updated_at} />
      </div>
      <div className={`${WIDE_ONLY} text-sm text-slate-600`}>
        <RelativeTime iso={workspace.created_at} />
      </div>
    </li>
  );
});
