import { open, rename, rm } from 'node:fs/promises';
import { writeAll } from './write-all';

/**
 * Writes a file chunk by chunk (an export of 100,000 rows is never one string) into `<path>.tmp`,
 * syncs it and renames it over `path`: a reader, or a rerun after a crash, sees the old file or the
 * whole new one, never half of it.
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    const encoder = new TextEncoder();
    for (const chunk of chunks) await writeAll(file, encoder.encode(chunk));
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
}
