import { failedSetKey } from '../../../src/queue/publish-result.js';
import { resultsStreamKey } from '../../../src/queue/queue-config.js';
import { createRecordStore } from '../../../src/queue/record-store.js';
import type { Harness } from '../../queue/harness.js';
import { countResults } from './count-results.js';

export interface RecordTally {
  readonly accepted: number;
  readonly completed: number;
  /** Finished as failed, by error code. */
  readonly failed: Readonly<Record<string, number>>;
  /**
   * Accepted but not completed with a stored decision and exactly one results-stream entry
   * (failed records count as lost too: a fault must never turn good input into a failure).
   */
  readonly lost: number;
  /** Published on `<prefix>:results` more than once. */
  readonly duplicated: number;
}

/** Reads every accepted record's state and decision from the data directory, and the results stream. */
export async function tallyRecords(h: Harness, ids: readonly string[]): Promise<RecordTally> {
  const store = createRecordStore(h.config.dataDir);
  const published = await countResults(h);
  const unique = [...new Set(ids)];
  let completed = 0;
  let lost = 0;
  const failed: Record<string, number> = {};
  for (const id of unique) {
    const state = await store.readState(id);
    const decision = state?.status === 'completed' ? await store.readResult(id, 'decision') : null;
    if (state?.status === 'completed' && decision !== null && (published.get(id) ?? 0) >= 1) completed++;
    else lost++;
    if (state?.status === 'failed') {
      const code = state.error?.code ?? 'unknown';
      failed[code] = (failed[code] ?? 0) + 1;
    }
  }
  const duplicated = [...published.values()].filter((n) => n > 1).length;
  return { accepted: unique.length, completed, failed, lost, duplicated };
}

/**
 * Polls until every one of `n` records is published or listed failed, the time runs out, or
 * nothing has finished for `idleMs` (a stuck record, reported rather than waited for).
 * @returns finished count.
 */
export async function waitForFinished(h: Harness, n: number, timeoutMs: number, onTick?: (finished: number) => Promise<void> | void, idleMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let finished = 0;
  let lastChange = Date.now();
  for (;;) {
    const previous = finished;
    const [published, failed] = await Promise.all([
      h.client.xlen(resultsStreamKey(h.config)),
      h.client.zcard(failedSetKey(h.config)),
    ]);
    finished = published + failed;
    if (onTick) await onTick(finished);
    if (finished !== previous) lastChange = Date.now();
    if (finished >= n || Date.now() > deadline || Date.now() - lastChange > idleMs) return finished;
    await new Promise((r) => setTimeout(r, 250));
  }
}
