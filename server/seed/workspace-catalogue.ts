import { APPS, publishedVersions } from './catalogue';
import { createRng, deriveSeed, type Rng } from './prng';
import { DAY_MS, formatTimestamp, SEED_END, SEED_START } from './timestamps';
import { CLIENTS, FIXTURES, PLACES, SCOPES } from './workspace-names';

/**
 * Workspace rows: eight hand-written fixtures (ids 1-8, see fixtures.ts) and generated ones named
 * after Dutch and European infrastructure. Each generated workspace depends only on its id, so the
 * first 64 are the same at both scales.
 */
export type WorkspaceRow = {
  id: number;
  name: string;
  slug: string | null;
  description: string;
  visibility: 'INTERNAL' | 'PRIVATE' | 'PUBLIC' | 'DEVELOPMENT';
  created_at: string;
  updated_at: string;
  is_archived: number;
  app_id: number;
  app_version_id: number | null;
  views: number;
  labels: number[];
  createdMs: number;
};

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pickApp(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.35) return 1;
  if (roll < 0.6) return 2;
  if (roll < 0.8) return 3;
  return roll < 0.92 ? 4 : 5;
}

function pickVisibility(rng: Rng): WorkspaceRow['visibility'] {
  const roll = rng.next();
  return roll < 0.55 ? 'INTERNAL' : roll < 0.83 ? 'PRIVATE' : 'PUBLIC';
}

function pickVersion(rng: Rng, appId: number): number {
  const published = publishedVersions(appId);
  const latest = published[published.length - 1];
  if (!latest) throw new Error(`App ${appId} has no published version`);
  return rng.chance(0.6) ? latest.id : rng.pick(published).id;
}

export function workspaceRow(id: number, usedNames: Set<string>): WorkspaceRow {
  const rng = createRng(deriveSeed(7, id));
  const fixture = FIXTURES[id - 1];
  // Fixed cadences rather than random draws keep the archived/development counts exact (~8 and ~6).
  const development = fixture ? fixture[2] === 'DEVELOPMENT' : id % 11 === 0;
  const archived = id === 3 || (!fixture && !development && id % 9 === 0);
  const appId = fixture ? fixture[1] : development ? rng.pick([1, 2]) : pickApp(rng);
  const app = APPS.find((candidate) => candidate.id === appId);
  const place = PLACES[(id * 7) % PLACES.length] as string;
  let name = fixture
    ? fixture[0]
    : development
      ? `Dev – ${place} ${rng.pick(['sandbox', 'test', 'debugging'])}`
      : `${place} – ${rng.pick(SCOPES[appId] ?? ['Design'])}`;
  for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/ \(lot \d+\)$/, '')} (lot ${n})`;
  usedNames.add(name);
  const createdMs = SEED_START + Math.floor(rng.next() ** 0.8 * (SEED_END - SEED_START - 60 * DAY_MS));
  const created = formatTimestamp(createdMs, rng.int(0, 999));
  const labelCount = fixture ? 0 : ([0, 1, 1, 2, 2, 3][rng.int(0, 5)] ?? 0);
  return {
    id,
    name,
    slug: id % 13 === 0 ? null : slugify(name),
    description: fixture
      ? fixture[4]
      : `${app?.name ?? 'Design'} for ${place}. Client: ${rng.pick(CLIENTS)}.${rng.chance(0.3) ? ' Second checker assigned.' : ''}`,
    visibility: fixture ? fixture[2] : development ? 'DEVELOPMENT' : pickVisibility(rng),
    created_at: created,
    updated_at: created,
    is_archived: archived ? 1 : 0,
    app_id: appId,
    app_version_id: development ? null : pickVersion(rng, appId),
    views: Math.floor(rng.next() ** 3 * 5000),
    labels: fixture ? fixture[3] : rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9], labelCount).sort((a, b) => a - b),
    createdMs,
  };
}
