import type { Entity } from '../../api/entities/schemas';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import type { Workspace } from '../../api/workspaces/schemas';
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
