import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { loadWorkspace } from '../http/access';
import { fieldErrors, forbidden } from '../http/errors';
import { queryBool, readPage } from '../http/query';
import { isAdmin } from '../store/users-store';
import type { WorkspaceFilters } from '../store/workspaces-store';

const VISIBILITIES = ['INTERNAL', 'PRIVATE', 'PUBLIC', 'DEVELOPMENT'];
const SORT_FIELDS = ['name', 'created_at', 'updated_at', 'views'] as const;

function optionalId(c: Context, name: string): number | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw fieldErrors({ [name]: ['A valid integer is required.'] });
  return Number(value);
}

function readSort(c: Context): WorkspaceFilters['sort'] {
  const value = c.req.query('sort') ?? 'name:asc';
  const [field, direction = 'asc'] = value.split(':');
  const known = SORT_FIELDS.find((candidate) => candidate === field);
  if (!known || (direction !== 'asc' && direction !== 'desc')) {
    const choices = SORT_FIELDS.flatMap((name) => [`${name}:asc`, `${name}:desc`]).join(', ');
    throw fieldErrors({
      sort: [`Select a valid choice. ${value} is not one of the available choices: ${choices}.`],
    });
  }
  return { field: known, direction: direction === 'asc' ? 'ASC' : 'DESC' };
}

function readFilters(c: Context<AppEnv>): WorkspaceFilters {
  const includeArchived = queryBool(c, 'include_archived') ?? false;
  if (includeArchived && !isAdmin(c.get('user'))) {
    throw forbidden('Only organisation admins can list archived workspaces.');
  }
  const visibility = c.req.query('visibility') || undefined;
  if (visibility && !VISIBILITIES.includes(visibility)) {
    throw fieldErrors({
      visibility: [`Select a valid choice. ${visibility} is not one of the available choices.`],
    });
  }
  return {
    includeArchived,
    search: c.req.query('search')?.trim() || undefined,
    visibility,
    appId: optionalId(c, 'app'),
    labelId: optionalId(c, 'label'),
    sort: readSort(c),
  };
}

export function workspaceRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/workspaces/', (c) => {
    const page = readPage(c, ctx.variants.knobs().maxPage.workspaces);
    return c.json(ctx.workspaces.list(readFilters(c), page));
  });
  app.get('/workspaces/:ws/', (c) => c.json(ctx.workspaces.json(loadWorkspace(c, ctx))));
  return app;
}
