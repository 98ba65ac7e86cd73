import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../tests/fixtures/builders';
import { createdEntitySchema, entityListSchema, entitySchema } from './entities/schemas';
import { entityRevisionListSchema } from './revisions/schemas';
import { workspacePageSchema, workspaceSchema } from './workspaces/schemas';

const entity = {
  id: 3,
  name: 'Pile P-12',
  entity_type: 4,
  entity_type_name: 'Pile',
  locked: false,
  locked_by: null,
  created_at: '2024-05-01T10:20:30.123456Z',
  created_by: 2,
  updated_at: '2024-05-02T10:20:30.123456Z',
  last_updated_by: 2,
  parent_count: 2,
  path: [1, 2],
};

describe('schemas', () => {
  it('keep fields they do not know', () => {
    const parsed = workspaceSchema.parse({ ...makeWorkspace(), views: 12, organisation: { id: 1 } });
    expect(parsed).toMatchObject({ views: 12, organisation: { id: 1 } });
  });

  it('accept missing optional fields and fill sensible defaults', () => {
    const { slug: _slug, labels: _labels, is_archived: _archived, ...bare } = makeWorkspace();
    const parsed = workspaceSchema.parse({ ...bare, app: null, app_version: null });
    expect(parsed.labels).toEqual([]);
    expect(parsed.is_archived).toBe(false);
    const { locked: _locked, path: _path, ...lean } = entity;
    const parsedEntity = entitySchema.parse(lean);
    expect(parsedEntity.locked).toBe(false);
    expect(parsedEntity.path).toBeUndefined();
  });

  it('accept timestamps with microseconds and offsets, reject non-dates', () => {
    const ws = makeWorkspace();
    expect(workspaceSchema.safeParse({ ...ws, created_at: '2024-05-01T10:20:30.123456Z' }).success).toBe(
      true,
    );
    expect(workspaceSchema.safeParse({ ...ws, created_at: '2024-05-01T10:20:30+02:00' }).success).toBe(true);
    expect(workspaceSchema.safeParse({ ...ws, created_at: 'yesterday' }).success).toBe(false);
  });

  it('reject a page without count', () => {
    expect(workspacePageSchema.safeParse({ results: [] }).success).toBe(false);
  });

  it('normalise bare-array children and revisions to a page', () => {
    expect(entityListSchema.parse([entity, { ...entity, id: 4 }])).toMatchObject({ count: 2 });
    expect(entityListSchema.parse({ count: 9, results: [entity] })).toMatchObject({ count: 9 });
    expect(
      entityRevisionListSchema.parse([{ id: 1, created_date: '2024-05-01T10:20:30.123456Z' }]).count,
    ).toBe(1);
  });

  it('take the created child from an array or an object', () => {
    expect(createdEntitySchema.parse([entity]).id).toBe(3);
    expect(createdEntitySchema.parse(entity).id).toBe(3);
    expect(createdEntitySchema.safeParse([]).success).toBe(false);
  });
});
