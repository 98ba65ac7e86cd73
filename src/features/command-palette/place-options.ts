import { formatEntityRef } from '../../lib/entity-ref';
import type { CurrentPlace, PaletteOption } from './palette-types';

/** The pages and actions of where the palette was opened: they need no request. */
export function pageOptions(place: CurrentPlace): PaletteOption[] {
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

export function actionOptions(place: CurrentPlace): PaletteOption[] {
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
export function compareOptions(place: CurrentPlace, results: PaletteOption[]): PaletteOption[] {
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
