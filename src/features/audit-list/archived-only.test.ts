import { describe, expect, it } from 'vitest';
import { makeWorkspace, omit } from '../../../tests/fixtures/builders';
import type { Workspace } from '../../api/workspaces/schemas';
import { scanForArchived } from './archived-only';

describe('scanForArchived', () => {
  it('keeps only workspaces the server says are archived, counting what it cannot tell', () => {
    const archived = makeWorkspace({ id: 3, is_archived: true });
    const silent = omit(makeWorkspace({ id: 4 }), 'is_archived') as Workspace;
    const scan = scanForArchived([
      { count: 9, results: [makeWorkspace({ id: 1 }), archived, silent] },
      { count: 9, results: [{ unreadable: true, id: 7, reason: 'name is missing' }] },
    ]);
    expect(scan).toEqual({
      archived: [archived],
      notSaid: 1,
      unreadable: [{ unreadable: true, id: 7, reason: 'name is missing' }],
      checked: 4,
      total: 9,
    });
  });

  it('is empty before the first page', () => {
    expect(scanForArchived(undefined)).toEqual({
      archived: [],
      notSaid: 0,
      unreadable: [],
      checked: 0,
      total: 0,
    });
  });
});
