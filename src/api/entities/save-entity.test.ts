import { describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { type EditBase, EditConflictError, saveEntityChecked } from './save-entity';
import type { Entity } from './schemas';

const quayWall = () => mockState.entities.find((entity) => entity.id === 11) as Entity;
const baseOf = ({ name, properties, updated_at }: Entity): EditBase => ({
  name,
  properties: properties ?? {},
  updatedAt: updated_at,
});

/** The server applied a save whose answer never reached us: a new revision, the params we sent. */
function applyLostSave(properties: Record<string, unknown>) {
  const savedAt = '2026-12-02T10:00:00.000001Z';
  Object.assign(quayWall(), { properties, updated_at: savedAt });
  mockState.revisions[11]?.unshift({ id: 901, created_date: savedAt, properties, created_by: 1 });
}

describe('saving again after an answer was lost', () => {
  it('finds its own earlier save in place and writes nothing twice', async () => {
    const base = baseOf(quayWall());
    const mine = { ...base.properties, length: 31 };
    applyLostSave(structuredClone(mine));
    const saved = await saveEntityChecked(1, 11, { base, name: base.name, properties: mine });
    expect(saved.properties).toMatchObject({ length: 31 });
    expect(mockState.puts).toEqual([]);
  });

  it('still stops for a change that is not exactly ours', async () => {
    const base = baseOf(quayWall());
    applyLostSave({ ...base.properties, length: 32 });
    const attempt = saveEntityChecked(1, 11, {
      base,
      name: base.name,
      properties: { ...base.properties, length: 31 },
    });
    await expect(attempt).rejects.toBeInstanceOf(EditConflictError);
    expect(mockState.puts).toEqual([]);
  });
});
