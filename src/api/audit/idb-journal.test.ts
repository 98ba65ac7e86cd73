import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AuditUnit } from './audit-types';
import { createIdbJournal } from './idb-journal';
import { type JournalEntry, replayJournal } from './journal';

/** Every test gets its own environment name, so records left by another test never show. */
let environments = 0;
const scopeOf = (user: string, workspaceId: number) => ({
  environment: `test-${++environments}.viktor.ai`,
  user,
  workspaceId,
});

const unit = (entityId: number | null, complete = true): AuditUnit => ({
  entityId,
  complete,
  children: [
    {
      id: 100 + (entityId ?? 0),
      parentId: entityId,
      name: 'Pile, "P-1"',
      created_at: '2024-05-01T10:20:30.123456Z',
    },
  ],
  revisions:
    entityId === null
      ? undefined
      : { count: 2, first: { id: 1, at: '2024-05-01T10:20:30.123456Z' }, last: { id: 2 } },
  failures: complete
    ? []
    : [
        {
          entityId: entityId ?? undefined,
          step: 'revisions',
          status: 403,
          reason: 'Specified path is not allowed.',
        },
      ],
});

describe('createIdbJournal', () => {
  it('reads back what was appended, batch after batch, in order', async () => {
    const scope = scopeOf('ada@example.com', 3);
    const journal = createIdbJournal(scope);
    const batches: JournalEntry[][] = [
      [{ kind: 'run-started', at: '2026-12-01T10:00:00.000Z' }],
      [{ kind: 'units', units: [unit(null), unit(10)], requests: 5 }],
      [
        { kind: 'units', units: [unit(11, false)], requests: 2 },
        { kind: 'finished', at: '2026-12-01T10:05:00.000Z' },
      ],
    ];
    for (const batch of batches) await journal.append(batch);
    expect(await journal.read()).toEqual(batches.flat());
  });

  it('survives a reload: a new journal for the same scope reads it and appends after it', async () => {
    const scope = scopeOf('ada@example.com', 3);
    await createIdbJournal(scope).append([{ kind: 'units', units: [unit(10)], requests: 3 }]);

    const afterReload = createIdbJournal(scope);
    // Appending before reading must not overwrite the record already there.
    await afterReload.append([{ kind: 'units', units: [unit(11)], requests: 1 }]);
    const state = replayJournal(await createIdbJournal(scope).read());
    expect([...state.units.keys()]).toEqual(['10', '11']);
    expect(state.requests).toBe(4);
    expect(state.units.get('10')).toEqual(unit(10));
  });

  it('keeps two users, two workspaces and two environments apart', async () => {
    const ada = scopeOf('ada@example.com', 3);
    const karl = { ...ada, user: 'karl@example.com' };
    const otherWorkspace = { ...ada, workspaceId: 4 };
    const otherEnvironment = { ...ada, environment: `${ada.environment}.eu` };
    await createIdbJournal(ada).append([{ kind: 'units', units: [unit(10)], requests: 1 }]);
    await createIdbJournal(karl).append([{ kind: 'units', units: [unit(20)], requests: 1 }]);
    await createIdbJournal(otherWorkspace).append([{ kind: 'units', units: [unit(30)], requests: 1 }]);

    const idsOf = async (scope: typeof ada) =>
      [...replayJournal(await createIdbJournal(scope).read()).units.values()].map((u) => u.entityId);
    expect(await idsOf(ada)).toEqual([10]);
    expect(await idsOf(karl)).toEqual([20]);
    expect(await idsOf(otherWorkspace)).toEqual([30]);
    expect(await idsOf(otherEnvironment)).toEqual([]);
  });

  it('clears only its own scope, and appends again from the start after a clear', async () => {
    const ada = scopeOf('ada@example.com', 3);
    const karl = { ...ada, user: 'karl@example.com' };
    const journal = createIdbJournal(ada);
    await journal.append([{ kind: 'units', units: [unit(10)], requests: 1 }]);
    await createIdbJournal(karl).append([{ kind: 'units', units: [unit(20)], requests: 1 }]);

    await journal.clear();
    expect(await journal.read()).toEqual([]);
    expect(await createIdbJournal(karl).read()).toHaveLength(1);

    await journal.append([{ kind: 'run-started', at: '2026-12-02T09:00:00.000Z' }]);
    expect(await createIdbJournal(ada).read()).toEqual([
      { kind: 'run-started', at: '2026-12-02T09:00:00.000Z' },
    ]);
  });

  it('writes nothing for an empty batch', async () => {
    const scope = scopeOf('ada@example.com', 3);
    const journal = createIdbJournal(scope);
    await journal.append([]);
    expect(await journal.read()).toEqual([]);
  });
});
