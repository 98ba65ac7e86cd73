import type { Doc, ParamsFactory } from './params/common';
import type { Rng } from './prng';
import { DAY_MS, formatTimestamp, officeHours, SEED_END } from './timestamps';
import { AUTHOR_IDS } from './users';

/**
 * A plausible revision history for one entity: the first save, then edits spread over the months
 * after it, mostly by one owner with the odd colleague stepping in. Each revision stores the full
 * params snapshot, as VIKTOR does; rows are handed to `onRevision` one at a time so a history of
 * 500 one-megabyte snapshots never sits in memory at once.
 */
export type RevisionRow = {
  created_date: string;
  created_by: number;
  message: string | null;
  properties: string;
};

export type History = {
  revisionCount: number;
  properties: string;
  summary: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: number;
  lastUpdatedBy: number;
  lastMs: number;
};

const FIRST_MESSAGES = [
  'Initial version',
  'Created',
  'Imported from Excel template',
  'Copied from previous project',
];
const FALLBACK_MESSAGES = ['Re-saved after app upgrade', 'Minor update', 'Checked, no changes'];

/** How many revisions an entity gets: most have a handful, a few have a long history. */
export function revisionCount(rng: Rng, bulk: boolean): number {
  if (bulk) return rng.chance(0.75) ? 1 : rng.int(2, 3);
  const roll = rng.next();
  if (roll < 0.6) return rng.int(1, 4);
  if (roll < 0.92) return rng.int(5, 15);
  return rng.int(16, 60);
}

function applyEdit(factory: ParamsFactory, doc: Doc, rng: Rng): string {
  for (let attempt = 0; attempt < 4 && factory.edits.length > 0; attempt++) {
    const message = rng.pick(factory.edits)(doc, rng);
    if (message) return message;
  }
  return rng.pick(FALLBACK_MESSAGES);
}

export function buildHistory(options: {
  rng: Rng;
  factory: ParamsFactory;
  doc: Doc;
  count: number;
  startMs: number;
  owner?: number;
  /** No save after this (an archived workspace's); office hours may still push one up to 3 days on. */
  endMs?: number;
  onRevision: (row: RevisionRow) => void;
}): History {
  const { rng, factory, doc, count, startMs } = options;
  const owner = options.owner ?? rng.pick(AUTHOR_IDS);
  const endMs = Math.min(SEED_END, options.endMs ?? SEED_END, startMs + rng.int(20, 720) * DAY_MS);
  const times = [startMs];
  for (let i = 1; i < count; i++)
    times.push(officeHours(startMs + rng.next() * Math.max(DAY_MS, endMs - startMs)));
  times.sort((a, b) => a - b);

  let first: RevisionRow | undefined;
  let last: RevisionRow | undefined;
  times.forEach((ms, index) => {
    const author = index === 0 || rng.chance(0.7) ? owner : rng.pick(AUTHOR_IDS);
    const edited = index === 0 ? rng.pick(FIRST_MESSAGES) : applyEdit(factory, doc, rng);
    last = {
      created_date: formatTimestamp(ms + index, rng.int(0, 999)),
      created_by: author,
      // Engineers often save without a message; the dashboard must cope with null.
      message: rng.chance(0.12) ? null : edited,
      properties: JSON.stringify(doc),
    };
    first ??= last;
    options.onRevision(last);
  });
  if (!first || !last) throw new Error('An entity needs at least one revision');

  return {
    revisionCount: times.length,
    properties: last.properties,
    summary: factory.summarise ? JSON.stringify(factory.summarise(doc)) : null,
    createdAt: first.created_date,
    updatedAt: last.created_date,
    createdBy: first.created_by,
    lastUpdatedBy: last.created_by,
    lastMs: times[times.length - 1] as number,
  };
}
