/**
 * Issue 7, faults (b): redis-server (append-only file on, as the embedded Redis runs it) is
 * restarted several times while two workers drain a backlog. Nothing may be lost or published
 * twice, and the workers must ride the restarts out without exiting.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../queue/harness.js';
import { makeTextRecords } from '../lib/make-text-records.js';
import { startRssSampler } from '../lib/process-memory.js';
import { writeFleetReport } from '../lib/suite-report.js';
import { tallyRecords, waitForFinished } from '../lib/tally-records.js';
import { uploadAll } from '../lib/upload-all.js';
import { startWorkerFleet } from '../lib/worker-fleet.js';

const RECORDS = 300;
/** Restart points, as fractions of the backlog finished. */
const RESTART_AT = [0.2, 0.45, 0.7];
const ENV = { CHARTFACTS_LOCK_MS: '2000', CHARTFACTS_STALLED_MS: '1000', CHARTFACTS_MAX_STALLED: '5' };

let h: Harness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('Redis restarts', () => {
  it(`${RESTART_AT.length} redis-server restarts with appendonly on during a ${RECORDS}-record run lose nothing`, async () => {
    h = await startHarness(ENV);
    const appendonly = (await h.client.config('GET', 'appendonly')) as string[];
    expect(appendonly[1]).toBe('yes');
    const uploads = await uploadAll(h, makeTextRecords(RECORDS, 1200));
    const ids = uploads.map((u) => u.id).filter((id): id is string => id !== null);
    expect(ids).toHaveLength(RECORDS);

    const fleet = startWorkerFleet(h, 2);
    const rss = startRssSampler(() => fleet.leaders());
    const rows: Record<string, unknown>[] = [];
    const t0 = Date.now();
    for (const at of RESTART_AT) {
      const finished = await waitForFinished(h, Math.floor(RECORDS * at), 5 * 60_000);
      const active = await Promise.all(['parse', 'extract', 'decide'].map((q) => h!.client.llen(`${h!.config.prefix}:${q}:active`)));
      const down = Date.now();
      await h.restartRedis();
      rows.push({ restartAtFinished: finished, activeJobsAtRestart: active.reduce((a, b) => a + b, 0), downMs: Date.now() - down, atMs: down - t0 });
    }
    const finished = await waitForFinished(h, RECORDS, 10 * 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    rss.stop();
    const tally = await tallyRecords(h, ids);
    rows.push({ summary: true, records: RECORDS, finished, completed: tally.completed, failed: tally.failed, drainMs: Date.now() - t0 - 3000, workersStarted: fleet.started() });
    writeFleetReport({
      testFileUrl: import.meta.url,
      inputsTried: RECORDS,
      inputsAnsweredWithCode: uploads.filter((u) => u.status === 202).length,
      faultsInjected: RESTART_AT.length,
      tally, fleet, rss, rows,
    });
    expect({ lost: tally.lost, duplicated: tally.duplicated, failed: tally.failed, crashes: fleet.crashes() }).toEqual({ lost: 0, duplicated: 0, failed: {}, crashes: 0 });
  });
});
