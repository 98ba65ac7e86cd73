import type { FileHandle } from 'node:fs/promises';

/** `FileHandle.write` may write less than it was given: go on until every byte is out. */
export async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
