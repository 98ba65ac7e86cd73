import { describe, expect, it } from 'vitest';
import { makeEntity, makeWorkspace } from '../../../tests/fixtures/builders';
import { buildPaletteGroups, matchesText, parseIdQuery } from './palette-options';
import type { PaletteSources } from './palette-types';

const sources = (patch: Partial<PaletteSources>): PaletteSources => ({
  text: '',
  recent: [],
  searchedWorkspaces: [],
  loadedEntities: [],
  place: {},
  ...patch,
});
const labels = (groups: ReturnType<typeof buildPaletteGroups>) =>
  Object.fromEntries(groups.map((group) => [group.name, group.options.map((option) => option.label)]));

describe('palette options', () => {
  it('reads ids as 12 or #12, nothing else', () => {
    expect(parseIdQuery('12')).toBe(12);
    expect(parseIdQuery(' #12 ')).toBe(12);
    expect(['', '0', '#', '12a', '1.5', '-3', '99999999999999999'].map(parseIdQuery)).toEqual(
      Array(7).fill(undefined),
    );
  });

  it('matches every word in any order and case', () => {
    expect(matchesText('Quay wall north', 'NORTH quay')).toBe(true);
    expect(matchesText('Quay wall north', 'quay south')).toBe(false);
  });

  it('offers to compare the current entity with each other entity result, and with any other', () => {
    const place = { workspaceId: 1, workspaceName: 'Harbour', entityId: 11, entityName: 'Quay wall' };
    const groups = buildPaletteGroups(
      sources({
        text: 'wall',
        place,
        loadedEntities: [makeEntity({ id: 11, name: 'Quay wall' }), makeEntity({ id: 13, name: 'Sea wall' })],
        recent: [{ kind: 'entity', id: 40, label: 'Wall elsewhere', workspaceId: 2 }],
      }),
    );
    expect(labels(groups)).toEqual({
      Recent: ['Wall elsewhere'],
      Entities: ['Quay wall', 'Sea wall'],
      Pages: ['Revisions of Quay wall', 'Edit Quay wall'],
      Actions: [
        'Compare Quay wall with Wall elsewhere',
        'Compare Quay wall with Sea wall',
        'Compare Quay wall with…',
      ],
    });
    const compare = groups.at(-1)?.options[0];
    expect(compare?.action).toEqual({ type: 'compare', a: '1:11', b: '2:40' });
  });

  it('shows a workspace found both by id and by search once, the id first', () => {
    const tunnel = makeWorkspace({ id: 12, name: 'Tunnel 12' });
    const groups = buildPaletteGroups(
      sources({ text: '12', workspaceById: tunnel, searchedWorkspaces: [makeWorkspace({ id: 3 }), tunnel] }),
    );
    expect(labels(groups).Workspaces).toEqual(['Tunnel 12', 'Workspace 003']);
  });
});
