import { describe, expect, it } from 'vitest';
import { makeEntity, makeUser, makeWorkspace, omit } from '../../../tests/fixtures/builders';
import type { Workspace } from '../workspaces/schemas';
import { computeBlockOf, describeComputeBlock, describeWriteBlock, writeBlockOf } from './use-write-blocker';

const me = makeUser({ id: 1 });
const someoneElse = { id: 4, first_name: 'Karl', last_name: 'Terzaghi' };
const detail = (overrides: Parameters<typeof makeEntity>[0] = { id: 11 }, paramsForbidden = false) => ({
  entity: makeEntity({ properties: { length: 20 }, ...overrides }),
  paramsForbidden,
});
const archived = makeWorkspace({ is_archived: true });
const active = makeWorkspace({ is_archived: false });
const silent = omit(makeWorkspace(), 'is_archived') as Workspace;

describe('read-only rules', () => {
  it('an archived workspace blocks every write and every run, before any other reason', () => {
    const locked = detail({ id: 11, locked: true, locked_by: someoneElse }, true);
    expect(writeBlockOf(archived, locked, me)).toEqual({ code: 'archived' });
    expect(computeBlockOf(archived, locked)).toEqual({ code: 'archived' });
    expect(describeWriteBlock({ code: 'archived' })).toBe('this workspace is archived.');
    expect(describeComputeBlock({ code: 'archived' })).toBe(
      'This workspace is archived: methods cannot be run.',
    );
  });

  it('a workspace that does not say whether it is archived is left to the server', () => {
    expect(writeBlockOf(silent, detail(), me)).toBeUndefined();
    expect(computeBlockOf(silent, detail())).toBeUndefined();
    expect(writeBlockOf(active, detail(), me)).toBeUndefined();
  });

  it('a lock blocks writes by anyone but its holder, and never a run', () => {
    const locked = detail({ id: 11, locked: true, locked_by: someoneElse });
    expect(writeBlockOf(active, locked, me)).toEqual({ code: 'locked', holder: 'Karl Terzaghi' });
    expect(writeBlockOf(active, detail({ id: 11, locked: true, locked_by: { id: 1 } }), me)).toBeUndefined();
    expect(computeBlockOf(active, locked)).toBeUndefined();
  });

  it('params the user may not read, or that were not sent, block writing them', () => {
    expect(writeBlockOf(active, detail({ id: 11 }, true), me)).toEqual({ code: 'params-forbidden' });
    expect(computeBlockOf(active, detail({ id: 11 }, true))).toEqual({ code: 'params-forbidden' });
    const unsent = { entity: omit(makeEntity({ id: 11 }), 'properties'), paramsForbidden: false };
    expect(writeBlockOf(active, unsent, me)).toEqual({ code: 'params-not-sent' });
    expect(computeBlockOf(active, unsent)).toBeUndefined();
  });
});
