import { open, readFile, rm, truncate } from 'node:fs/promises';
import type { AuditScope } from '../../src/api/audit/audit-types';
import type { AuditJournal, JournalEntry } from '../../src/api/audit/journal';
import { UsageError } from './exit-codes';
import { writeAll } from './write-all';

/**
 * The CLI's journal (`--state`): a JSON-lines file. The first line names the audit it belongs to
 * (environment, user, workspace; never the token), every further line is one appended batch of
 * journal entries, written with one `write` and synced before the crawl goes on. A crash mid-write can
 * only leave a torn last line: it is ignored on read and cut off before the next append, so at most
 * the last batch is redone.
 */
const FORMAT = 'viktor-audit-state';
const VERSION = 1;

type Header = { format: typeof FORMAT; version: number; scope: AuditScope };

const KINDS = new Set<JournalEntry['kind']>(['run-started', 'units', 'finished']);

const isEntry = (value: unknown): value is JournalEntry =>
  typeof value === 'object' && value !== null && KINDS.has((value as { kind: JournalEntry['kind'] }).kind);

const sameScope = (a: AuditScope, b: AuditScope) =>
  a.environment === b.environment && a.user === b.user && a.workspaceId === b.workspaceId;

const describeScope = (scope: AuditScope) =>
  `workspace ${scope.workspaceId} on ${scope.environment} as ${scope.user}`;

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

export function createFileJournal(path: string, scope: AuditScope): AuditJournal {
  /** Bytes of whole lines; anything after it is a torn write to cut off before appending. */
  let intact: number | undefined;
  let size = 0;
  let writes: Promise<void> = Promise.resolve();

  async function load(): Promise<JournalEntry[]> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bytes = Buffer.alloc(0);
    }
    size = bytes.length;
    intact = bytes.lastIndexOf(0x0a) + 1;
    const lines = bytes.subarray(0, intact).toString('utf8').split('\n').slice(0, -1);
    if (lines.length === 0) return [];

    const header = parseLine(lines[0] as string) as Partial<Header> | undefined;
    if (header?.format !== FORMAT || !header.scope) {
      throw new UsageError(`--state ${path} is not an audit state file: give a new file name, or delete it.`);
    }
    if (header.version !== VERSION) {
      throw new UsageError(
        `--state ${path} was written by another version of the audit: delete it to start over.`,
      );
    }
    if (!sameScope(header.scope, scope)) {
      throw new UsageError(
        `--state ${path} belongs to ${describeScope(header.scope)}, not ${describeScope(scope)}: ` +
          'give each audit its own state file.',
      );
    }
    const entries: JournalEntry[] = [];
    for (const [index, line] of lines.slice(1).entries()) {
      const batch = parseLine(line);
      if (!Array.isArray(batch) || !batch.every(isEntry)) {
        throw new UsageError(
          `--state ${path} is damaged at line ${index + 2}: delete it to start the audit over.`,
        );
      }
      entries.push(...batch);
    }
    return entries;
  }

  async function append(entries: JournalEntry[]) {
    if (intact === undefined) await load();
    if (size > (intact ?? 0)) {
      await truncate(path, intact);
      size = intact ?? 0;
    }
    const header: Header = { format: FORMAT, version: VERSION, scope };
    const text = `${size === 0 ? `${JSON.stringify(header)}\n` : ''}${JSON.stringify(entries)}\n`;
    const bytes = Buffer.from(text, 'utf8');
    const file = await open(path, 'a');
    try {
      await writeAll(file, bytes);
      await file.datasync();
    } finally {
      await file.close();
    }
    size += bytes.length;
    intact = size;
  }

  return {
    read: () => load(),
    append(entries) {
      if (entries.length === 0) return writes;
      // Batches land in the order they were handed over, each whole.
      writes = writes.then(() => append(entries));
      return writes;
    },
    async clear() {
      await writes.catch(() => undefined);
      await rm(path, { force: true });
      intact = 0;
      size = 0;
    },
  };
}
