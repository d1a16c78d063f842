/**
 * Issue 7, faults (a): 20 rounds of SIGKILL on a random worker process (and its sandboxed
 * processors) during a 500-record run, each killed worker replaced at once. Every record must
 * complete exactly once.
 *
 * Exactly once, measured:
 * - lost: an accepted record that does not end `completed` with a stored decision and an entry
 *   on `<prefix>:results` (a `failed` record counts as lost: a crash must not fail good input);
 * - duplicated: a record id with more than one entry on `<prefix>:results`, the one publication
 *   downstream decision services act on.
 * Callbacks are counted too and reported apart: an HTTP POST cannot be exactly-once when the
 * sender may die after the receiver answered and before the job is marked done, so receivers
 * must treat a repeated callback as a no-op (docs/queue.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/lib/seeded-random.js';
import { startCallbackReceiver, startHarness, type Harness } from '../../queue/harness.js';
import { makeTextRecords } from '../lib/make-text-records.js';
import { percentile } from '../lib/percentile.js';
import { startRssSampler } from '../lib/process-memory.js';
import { writeFleetReport } from '../lib/suite-report.js';
import { tallyRecords, waitForFinished } from '../lib/tally-records.js';
import { uploadAll } from '../lib/upload-all.js';
import { startWorkerFleet } from '../lib/worker-fleet.js';

const RECORDS = 500;
const ROUNDS = 20;
const WORKERS = 2;
// Short locks so a killed worker's jobs come back in seconds (production default 30 s). A job
// killed mid-run counts one stall; 5 allowed stalls mean only a job killed six times may fail.
const ENV = { CHARTFACTS_LOCK_MS: '2000', CHARTFACTS_STALLED_MS: '1000', CHARTFACTS_MAX_STALLED: '5' };

let h: Harness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('SIGKILLed workers', () => {
  it(`${ROUNDS} kills of a random worker during a ${RECORDS}-record run: every record completes exactly once`, async () => {
    h = await startHarness(ENV);
    const receiver = await startCallbackReceiver();
    const random = seededRandom(7);
    const rows: Record<string, unknown>[] = [];
    try {
      const uploads = await uploadAll(h, makeTextRecords(RECORDS), 8, { callbackUrl: receiver.url });
      const ids = uploads.map((u) => u.id).filter((id): id is string => id !== null);
      expect(ids).toHaveLength(RECORDS);
      expect(new Set(ids).size).toBe(RECORDS);

      const fleet = startWorkerFleet(h, WORKERS);
      const rss = startRssSampler(() => fleet.leaders());
      const t0 = Date.now();
      // Kills spread over the first ~85% of the run, paced by progress rather than time so the
      // rounds land mid-run whatever the machine's speed.
      for (let round = 1; round <= ROUNDS; round++) {
        const target = Math.floor((round * RECORDS * 0.85) / (ROUNDS + 1));
        const finished = await waitForFinished(h, target, 5 * 60_000);
        // Jobs running anywhere just before the kill (BullMQ's active lists), to show kills hit work.
        const active = await Promise.all(['parse', 'extract', 'decide'].map((q) => h!.client.llen(`${h!.config.prefix}:${q}:active`)));
        const index = Math.floor(random() * WORKERS);
        const pid = await fleet.killAndReplace(index);
        rows.push({ round, killedPid: pid, finishedBeforeKill: finished, activeJobsAtKill: active.reduce((a, b) => a + b, 0), atMs: Date.now() - t0 });
      }
      const finished = await waitForFinished(h, RECORDS, 10 * 60_000);
      const drainMs = Date.now() - t0;
      // Late duplicates would come from jobs recovered after the last record finished.
      await new Promise((r) => setTimeout(r, 3000));
      rss.stop();
      const tally = await tallyRecords(h, ids);
      const callbacks = new Map<string, number>();
      for (const { body } of receiver.received) {
        const id = (JSON.parse(body) as { id: string }).id;
        callbacks.set(id, (callbacks.get(id) ?? 0) + 1);
      }
      const callbackDuplicates = [...callbacks.values()].filter((n) => n > 1).length;
      const gaps = rows.map((r, i) => (r['atMs'] as number) - (i > 0 ? (rows[i - 1]!['atMs'] as number) : 0));
      rows.push({
        summary: true,
        records: RECORDS,
        workers: WORKERS,
        workersStarted: fleet.started(),
        finished,
        completed: tally.completed,
        failed: tally.failed,
        drainMs,
        medianMsBetweenKills: percentile(gaps, 50),
        callbacksReceived: receiver.received.length,
        callbacksMissing: ids.filter((id) => !callbacks.has(id)).length,
        callbackDuplicates,
        peakProcessMb: rss.peakProcessMb(),
      });
      writeFleetReport({
        testFileUrl: import.meta.url,
        inputsTried: RECORDS,
        inputsAnsweredWithCode: uploads.filter((u) => u.status === 202).length,
        faultsInjected: ROUNDS,
        tally, fleet, rss, rows,
      });
      expect({ lost: tally.lost, duplicated: tally.duplicated, failed: tally.failed, crashes: fleet.crashes() }).toEqual({ lost: 0, duplicated: 0, failed: {}, crashes: 0 });
      expect(tally.completed).toBe(RECORDS);
    } finally {
      await receiver.close();
    }
  });
});
