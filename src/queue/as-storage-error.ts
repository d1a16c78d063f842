import { ChartfactsError } from '../errors/chartfacts-error.js';

/** errno codes meaning the disk or the user's quota has no room left. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/**
 * A full data directory as the typed, retryable `storage_full` error; anything else unchanged.
 * Callers rethrow the result, so a full disk reaches the API (507) and the queue's retry logic
 * with a code instead of as an `internal_error`.
 */
export function asStorageError(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && FULL.has(code) ? new ChartfactsError('storage_full', undefined, { cause: err }) : err;
}
