import { open } from 'node:fs/promises';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import { asStorageError } from './as-storage-error.js';

/** `st_blocks` counts 512-byte units whatever the file system's block size. */
const STAT_BLOCK_BYTES = 512;

/**
 * Overwrites an existing small file with `data` inside the disk blocks it already holds, for
 * when the disk is full and a temporary copy cannot be written. Rewriting allocated blocks needs
 * no free space, so a record's state can still move to `failed` on a full disk instead of
 * staying `processing` for good. Unlike the store's temp-and-rename writes this is not atomic
 * against a crash mid-write, which is why it is only the fallback.
 *
 * @throws ChartfactsError `storage_full` when `data` needs more room than the file holds, or when
 *   the rewrite itself finds no room; the file's own errors (ENOENT, EACCES) unchanged.
 */
export async function rewriteInPlace(path: string, data: string): Promise<void> {
  const bytes = Buffer.from(data, 'utf8');
  const file = await open(path, 'r+');
  try {
    const { blocks } = await file.stat();
    if (bytes.length > blocks * STAT_BLOCK_BYTES) throw new ChartfactsError('storage_full', 'the data directory is full and the new state does not fit in the old file');
    await file.write(bytes, 0, bytes.length, 0);
    await file.truncate(bytes.length);
  } catch (err) {
    throw asStorageError(err);
  } finally {
    await file.close();
  }
}
