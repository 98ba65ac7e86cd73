import { describe, expect, it } from 'vitest';
import { makeEntityType, makeWorkspace } from '../../tests/fixtures/builders';
import { nextOffset } from '../lib/pagination';
import { isUnreadable, readable } from '../lib/schema-helpers';
import { createdEntitySchema, entityListSchema, entitySchema } from './entities/schemas';
import { entityTypePageSchema } from './entity-types/schemas';
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

  it('accept missing optional fields; absent stays absent (not sent), never empty', () => {
    const { slug: _slug, labels: _labels, is_archived: _archived, ...bare } = makeWorkspace();
    const parsed = workspaceSchema.parse({ ...bare, app: null, app_version: null });
    expect(parsed.labels).toBeUndefined();
    expect(parsed.is_archived).toBeUndefined();
    expect(parsed.app).toBeNull();
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

const without = <T extends object>(item: T, field: string) =>
  Object.fromEntries(Object.entries(item).filter(([key]) => key !== field));

describe('lists with an odd item', () => {
  const workspace = makeWorkspace({ id: 5 });
  const inferred = [
    'slug',
    'description',
    'visibility',
    'created_at',
    'updated_at',
    'is_archived',
    'app',
    'app_version',
    'labels',
  ];

  it.each(inferred)('read a workspace without %s, and leave that field absent', (field) => {
    const page = workspacePageSchema.parse({ count: 1, results: [without(workspace, field)] });
    const [item] = page.results;
    expect(isUnreadable(item)).toBe(false);
    expect(item).not.toHaveProperty(field);
  });

  it('read a workspace with a partial app version or a nameless app', () => {
    const page = workspacePageSchema.parse({
      count: 2,
      results: [
        { ...workspace, app_version: { id: 3 } },
        { ...workspace, id: 6, app: { id: 9 }, app_version: { tag: 'v1' } },
      ],
    });
    expect(page.results.map(isUnreadable)).toEqual([false, false]);
  });

  it('keep an unreadable workspace in its place with its id and why, and its neighbours', () => {
    const results = [
      makeWorkspace({ id: 1 }),
      without(makeWorkspace({ id: 2 }), 'name'),
      makeWorkspace({ id: 3 }),
      { ...makeWorkspace(), id: 'four' },
      null,
    ];
    const page = workspacePageSchema.parse({ count: 40, results });
    expect(page.results).toHaveLength(5);
    expect(page.results[0]).toMatchObject({ id: 1, name: 'Workspace 001' });
    expect(page.results[1]).toEqual({ unreadable: true, id: 2, reason: 'name is missing' });
    expect(page.results[2]).toMatchObject({ id: 3, name: 'Workspace 003' });
    expect(page.results[3]).toEqual({
      unreadable: true,
      reason: 'id should be number, not string',
    });
    expect(page.results[4]).toEqual({
      unreadable: true,
      reason: 'the item should be object, not null',
    });
    expect(readable(page.results).map((item) => item.id)).toEqual([1, 3]);
  });

  it('say which nested field is wrong', () => {
    const page = workspacePageSchema.parse({
      count: 1,
      results: [{ ...workspace, labels: [{ id: 1 }], updated_at: 'yesterday' }],
    });
    expect(page.results[0]).toEqual({
      unreadable: true,
      id: 5,
      reason: 'updated_at is not a valid datetime; labels[0].name is missing',
    });
  });

  it('count unreadable items as received when paging', () => {
    const results = [makeWorkspace({ id: 1 }), { id: 2 }, makeWorkspace({ id: 3 })];
    const page = workspacePageSchema.parse({ count: 10, results });
    expect(nextOffset(page, [page], 0)).toBe(3);
    expect(nextOffset(workspacePageSchema.parse({ count: 3, results }), [], 0)).toBeUndefined();
  });

  it('still fail a page that is not a page', () => {
    expect(workspacePageSchema.safeParse({ results: [workspace] }).success).toBe(false);
    expect(workspacePageSchema.safeParse({ count: 1, results: { 0: workspace } }).success).toBe(false);
    expect(entityListSchema.safeParse('nope').success).toBe(false);
  });

  it('keep an unreadable child in a bare-array list and in a page', () => {
    const bare = entityListSchema.parse([entity, { ...entity, id: 4, name: undefined }]);
    expect(bare.count).toBe(2);
    expect(bare.results[1]).toEqual({ unreadable: true, id: 4, reason: 'name is missing' });
    const paged = entityListSchema.parse({ count: 9, results: [{ ...entity, entity_type: '4' }, entity] });
    expect(paged.results[0]).toEqual({
      unreadable: true,
      id: 3,
      reason: 'entity_type should be number, not string',
    });
    expect(paged.results[1]).toMatchObject({ id: 3, name: 'Pile P-12' });
  });

  it('keep an unreadable revision and an unreadable entity type in their places', () => {
    const revisions = entityRevisionListSchema.parse([{ id: 2 }, { id: '1' }]);
    expect(revisions.results.map(isUnreadable)).toEqual([false, true]);
    const types = entityTypePageSchema.parse({
      count: 2,
      results: [{ id: 1 }, makeEntityType({ id: 2, name: 'Pile' })],
    });
    expect(types.results[0]).toEqual({ unreadable: true, id: 1, reason: 'name is missing' });
  });

  it('leave absent child types unknown, not empty', () => {
    const { child_entity_type_ids: _ids, is_file: _file, ...type } = makeEntityType({ id: 2, name: 'Pile' });
    const [parsed] = entityTypePageSchema.parse({ count: 1, results: [type] }).results;
    expect(parsed).not.toHaveProperty('child_entity_type_ids');
    expect(parsed).not.toHaveProperty('is_file');
    const [empty] = entityTypePageSchema.parse({
      count: 1,
      results: [{ ...type, child_entity_type_ids: [] }],
    }).results;
    expect(empty).toMatchObject({ child_entity_type_ids: [] });
  });
});
