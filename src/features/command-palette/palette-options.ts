import type { Entity } from '../../api/entities/schemas';
import type { Workspace } from '../../api/workspaces/schemas';
import type { PaletteGroup, PaletteOption, PaletteSources } from './palette-types';
import { actionOptions, compareOptions, pageOptions } from './place-options';
import type { RecentJump } from './recent-jumps';

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
