import type { Entity } from '../../api/entities/schemas';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import type { Workspace } from '../../api/workspaces/schemas';
import { formatEntityRef } from '../../lib/entity-ref';
import type { RecentJump } from './recent-jumps';

/** What running an option does: said as data, so the choice of options is testable without a router. */
export type PaletteAction =
  | { type: 'workspace'; workspaceId: number }
  | { type: 'entity'; workspaceId: number; entityId: number; view?: 'revisions' | 'edit' }
  | { type: 'workspaces'; search: WorkspaceFilters }
  | { type: 'audit'; workspaceId?: number }
  | { type: 'compare'; a: string; b?: string }
  | { type: 'copy-link' };

export type PaletteOption = {
  /** Unique among the options shown; also what keeps the active option across new results. */
  key: string;
  label: string;
  hint?: string;
  action: PaletteAction;
  /** Remembered among the recent jumps when run. */
  jump?: RecentJump;
};

export const GROUP_NAMES = ['Recent', 'Workspaces', 'Entities', 'Pages', 'Actions'] as const;
export type PaletteGroup = { name: (typeof GROUP_NAMES)[number]; options: PaletteOption[] };

/** Where the palette was opened: what "this page", "this workspace" and "this entity" are. */
export type CurrentPlace = {
  workspaceId?: number;
  workspaceName?: string;
  entityId?: number;
  entityName?: string;
  /** The workspace list's filters when the list is the page, else undefined. */
  listFilters?: WorkspaceFilters;
};

export type PaletteSources = {
  text: string;
  recent: readonly RecentJump[];
  /** The API's answer to the search, in its order (it may match on more than the name). */
  searchedWorkspaces: readonly Workspace[];
  workspaceById?: Workspace;
  /** Entities of the current workspace whose names match, from what the tree has loaded. */
  loadedEntities: readonly Entity[];
  entityById?: Entity;
  place: CurrentPlace;
};

const MAX_PER_GROUP = 8;

/** `12` and `#12` ask for the thing with id 12. */
export function parseIdQuery(text: string): number | undefined {
  const match = /^#?\s*(\d{1,15})$/.exec(text.trim());
  const id = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** Every word of the text appears in the label, in any case and order. */
export function matchesText(label: string, text: string): boolean {
  const haystack = label.toLocaleLowerCase();
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Labels that start with the text come before those that only contain it; otherwise the order stays. */
function byPrefix<T extends { label: string }>(items: T[], text: string): T[] {
  const start = text.trim().toLocaleLowerCase();
  if (!start) return items;
  const first = items.filter((item) => item.label.toLocaleLowerCase().startsWith(start));
  return [...first, ...items.filter((item) => !first.includes(item))];
}

export const workspaceOption = (
  workspace: Pick<Workspace, 'id' | 'name' | 'is_archived'>,
): PaletteOption => ({
  key: `workspace:${workspace.id}`,
  label: workspace.name,
  hint: `Workspace #${workspace.id}${workspace.is_archived ? ' · archived' : ''}`,
  action: { type: 'workspace', workspaceId: workspace.id },
  jump: { kind: 'workspace', id: workspace.id, label: workspace.name, workspaceId: workspace.id },
});

export const entityOption = (workspaceId: number, entity: Entity): PaletteOption => ({
  key: `entity:${workspaceId}:${entity.id}`,
  label: entity.name,
  hint: `${entity.entity_type_name ?? 'Entity'} #${entity.id}`,
  action: { type: 'entity', workspaceId, entityId: entity.id },
  jump: { kind: 'entity', id: entity.id, label: entity.name, workspaceId },
});

function recentOption(jump: RecentJump): PaletteOption {
  if (jump.kind === 'workspace') return { ...workspaceOption({ id: jump.id, name: jump.label }), jump };
  return {
    key: `entity:${jump.workspaceId}:${jump.id}`,
    label: jump.label,
    hint: `Entity #${jump.id} in workspace #${jump.workspaceId}`,
    action: { type: 'entity', workspaceId: jump.workspaceId, entityId: jump.id },
    jump,
  };
}

function pageOptions(place: CurrentPlace): PaletteOption[] {
  const pages: PaletteOption[] = [
    { key: 'page:workspaces', label: 'Workspaces', hint: 'Page', action: { type: 'workspaces', search: {} } },
    { key: 'page:audit', label: 'Audit', hint: 'Page', action: { type: 'audit' } },
  ];
  const { workspaceId, entityId } = place;
  if (workspaceId !== undefined) {
    pages.push({
      key: 'page:audit-workspace',
      label: `Audit ${place.workspaceName ?? `workspace #${workspaceId}`}`,
      hint: 'Page',
      action: { type: 'audit', workspaceId },
    });
  }
  if (workspaceId !== undefined && entityId !== undefined) {
    const name = place.entityName ?? `entity #${entityId}`;
    pages.push(
      {
        key: 'page:revisions',
        label: `Revisions of ${name}`,
        hint: 'Page',
        action: { type: 'entity', workspaceId, entityId, view: 'revisions' },
      },
      {
        key: 'page:edit',
        label: `Edit ${name}`,
        hint: 'Page',
        action: { type: 'entity', workspaceId, entityId, view: 'edit' },
      },
    );
  }
  return pages;
}

function actionOptions(place: CurrentPlace): PaletteOption[] {
  // The list's own "Include archived" is offered to everyone (only the server knows who is an
  // organisation admin, and the list says so on a 403): the palette does the same.
  const archived = place.listFilters?.archived === true;
  const actions: PaletteOption[] = [
    {
      key: 'action:copy-link',
      label: 'Copy link to this page',
      hint: 'Action',
      action: { type: 'copy-link' },
    },
    {
      key: 'action:archived',
      label: archived ? 'Hide archived workspaces' : 'Show archived workspaces',
      hint: 'Action',
      action: { type: 'workspaces', search: { ...place.listFilters, archived: archived ? undefined : true } },
    },
  ];
  const current = currentRef(place);
  if (current) {
    actions.push({
      key: 'action:compare-with',
      label: `Compare ${current.name} with…`,
      hint: 'Action',
      action: { type: 'compare', a: current.ref },
    });
  }
  return actions;
}

function currentRef({ workspaceId, entityId, entityName }: CurrentPlace) {
  if (workspaceId === undefined || entityId === undefined) return undefined;
  return { ref: formatEntityRef({ workspaceId, entityId }), name: entityName ?? `entity #${entityId}` };
}

/** "Compare <current> with <result>" for each entity result other than the current entity. */
function compareOptions(place: CurrentPlace, results: PaletteOption[]): PaletteOption[] {
  const current = currentRef(place);
  if (!current) return [];
  return results.flatMap((result) => {
    const jump = result.jump;
    if (jump?.kind !== 'entity') return [];
    const b = formatEntityRef({ workspaceId: jump.workspaceId, entityId: jump.id });
    if (b === current.ref) return [];
    return [
      {
        key: `compare:${current.ref}:${b}`,
        label: `Compare ${current.name} with ${jump.label}`,
        hint: 'Action',
        action: { type: 'compare', a: current.ref, b },
      },
    ];
  });
}

/**
 * The groups to show, in order, empty ones left out: recent jumps first (all of them while nothing is
 * typed, else those that match, and each only once: a recent workspace is not listed again below).
 */
export function buildPaletteGroups(sources: PaletteSources): PaletteGroup[] {
  const text = sources.text.trim();
  const id = parseIdQuery(text);
  const { place } = sources;

  const recent = sources.recent
    .filter((jump) => !text || matchesText(jump.label, text) || jump.id === id)
    .map(recentOption);
  const seen = new Set(recent.map((option) => option.key));
  const fresh = (options: PaletteOption[]) =>
    options.filter((option) => !seen.has(option.key) && seen.add(option.key));

  const workspaces = text
    ? fresh([
        ...(sources.workspaceById ? [workspaceOption(sources.workspaceById)] : []),
        ...sources.searchedWorkspaces.map(workspaceOption),
      ]).slice(0, MAX_PER_GROUP)
    : [];
  const ws = place.workspaceId;
  const entities =
    text && ws !== undefined
      ? fresh([
          ...(sources.entityById ? [entityOption(ws, sources.entityById)] : []),
          ...byPrefix(
            sources.loadedEntities
              .filter((entity) => matchesText(entity.name, text))
              .map((e) => entityOption(ws, e)),
            text,
          ),
        ]).slice(0, MAX_PER_GROUP)
      : [];
  const shown = (options: PaletteOption[]) =>
    text
      ? byPrefix(
          options.filter((option) => matchesText(option.label, text)),
          text,
        )
      : options;

  const groups: PaletteGroup[] = [
    { name: 'Recent', options: recent },
    { name: 'Workspaces', options: workspaces },
    { name: 'Entities', options: entities },
    { name: 'Pages', options: shown(pageOptions(place)) },
    {
      name: 'Actions',
      // A compare option follows its result, whatever matched it (a name, or an id).
      options: [
        ...(text ? compareOptions(place, [...recent, ...entities]) : []),
        ...shown(actionOptions(place)),
      ],
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}
