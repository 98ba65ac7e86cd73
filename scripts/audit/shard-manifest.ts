import { z } from 'zod/mini';

/**
 * `shard-<i>-of-<n>.json`: what one `--all-archived` run did, written last, once its shard has been
 * gone through (a run that was stopped leaves none, so `--summarize` sees the shard as missing).
 * File names are relative to the manifest's directory: shard outputs move between machines.
 */
export const SHARD_FORMAT = 'viktor-audit-shard';

export const shardFileName = (index: number, count: number) => `shard-${index}-of-${count}.json`;
export const SHARD_FILE_PATTERN = /^shard-(\d+)-of-(\d+)\.json$/;

export const workspaceFileNames = (id: number) => ({
  csv: `workspace-${id}.csv`,
  json: `workspace-${id}.json`,
  state: `workspace-${id}.state.jsonl`,
});

/** A plain file name: a manifest must not point outside its own directory. */
const fileName = z.string().check(
  z.regex(/^[\w.-]+$/),
  z.refine((name) => name !== '.' && name !== '..'),
);
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

const shardWorkspaceSchema = z.object({
  workspace_id: z.number(),
  name: z.optional(z.string()),
  /** `failed`: no files, see `reason` (e.g. deleted between listing and auditing). */
  outcome: z.enum(['done', 'partial', 'failed']),
  csv: z.optional(fileName),
  json: z.optional(fileName),
  state: z.optional(fileName),
  csv_sha256: z.optional(sha256),
  counts: z.optional(z.object({ entities: z.number(), revisions: z.number(), failures: z.number() })),
  requests: z.optional(z.number()),
  reason: z.optional(z.string()),
});
export type ShardWorkspace = z.infer<typeof shardWorkspaceSchema>;

export const shardManifestSchema = z.object({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(1),
  shard: z.object({ index: z.int().check(z.nonnegative()), count: z.int().check(z.positive()) }),
  shard_rule: z.string(),
  environment: z.string(),
  user: z.string(),
  tool: z.string(),
  tool_version: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  /** Every archived workspace this shard saw when it listed them, ids ascending. */
  archived_workspace_ids: z.array(z.number()),
  unreadable_listing_items: z.array(z.object({ id: z.optional(z.number()), reason: z.string() })),
  workspaces: z.array(shardWorkspaceSchema),
});
export type ShardManifest = z.infer<typeof shardManifestSchema>;
