/**
 * Issue 7, load: a backlog of 10,000 small distinct text records is uploaded through the API
 * before any worker runs, then two worker processes (`all --concurrency 2`, each with its
 * sandboxed processors) drain it. Measured while it drains:
 * - memory: RSS of each worker's process tree (the worker and its processors, from /proc), the
 *   peak reported and checked against a generous ceiling, and the tree's RSS at 10% drained vs at
 *   the end to show whether it grows with work done;
 * - responsiveness: GET /v1/records/:id of a random accepted record every 100 ms; p50/p95/max.
 * `CHARTFACTS_RELIABILITY_LOAD_RECORDS` changes the count (default 10000, the figure).
 * No figure here is a timed assertion: latency and drain time are reported, not asserted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getJson, startHarness, type Harness } from '../../queue/harness.js';
import { makeTextRecords } from '../lib/make-text-records.js';
import { percentile } from '../lib/percentile.js';
import { groupRssMb, startRssSampler } from '../lib/process-memory.js';
import { writeFleetReport } from '../lib/suite-report.js';
import { tallyRecords, waitForFinished } from '../lib/tally-records.js';
import { uploadAll } from '../lib/upload-all.js';
import { startWorkerFleet } from '../lib/worker-fleet.js';

const RECORDS = Number(process.env['CHARTFACTS_RELIABILITY_LOAD_RECORDS'] ?? 10_000);
/** Far above a healthy tree (~300-700 MB for a worker and its six processors); a leak proportional to 10,000 records crosses it. */
const TREE_CEILING_MB = 2048;

let h: Harness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('backlog load', () => {
  it(`drains a ${RECORDS}-record backlog with 2 workers, bounded memory and a responsive status API`, { timeout: 60 * 60_000 }, async () => {
    // The per-token rate limit (6000/min by default) would turn a bulk backlog into 429s; a bulk
    // ingest is configured without it. This file runs in its own process, so nothing else sees it.
    process.env['CHARTFACTS_RATE_LIMIT'] = '0';
    h = await startHarness();
    const t0 = Date.now();
    const uploads = await uploadAll(h, makeTextRecords(RECORDS, 1000), 8);
    const uploadMs = Date.now() - t0;
    const ids = uploads.map((u) => u.id).filter((id): id is string => id !== null);
    expect(ids).toHaveLength(RECORDS);

    const fleet = startWorkerFleet(h, 2);
    const rss = startRssSampler(() => fleet.leaders(), 1000);
    const drainStart = Date.now();
    // Status reads throughout the drain, one at a time every 100 ms.
    const latencies: number[] = [];
    const readErrors: number[] = [];
    let polling = true;
    const poller = (async () => {
      let i = 0;
      while (polling) {
        const id = ids[(i++ * 7919) % ids.length]!;
        const t = performance.now();
        const { status } = await getJson(h!, `/v1/records/${id}`);
        latencies.push(performance.now() - t);
        if (status !== 200) readErrors.push(status);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let treeAtTenth: number[] | null = null;
    const progress: { atS: number; finished: number }[] = [];
    let lastLog = 0;
    const finished = await waitForFinished(h, RECORDS, 55 * 60_000, (n) => {
      if (treeAtTenth === null && n >= RECORDS / 10) treeAtTenth = fleet.leaders().map((pid) => Math.round(groupRssMb(pid)));
      if (Date.now() - lastLog >= 30_000) {
        lastLog = Date.now();
        progress.push({ atS: Math.round((Date.now() - drainStart) / 1000), finished: n });
      }
    });
    const drainMs = Date.now() - drainStart;
    const treeAtEnd = fleet.leaders().map((pid) => Math.round(groupRssMb(pid)));
    polling = false;
    await poller;
    rss.stop();
    const redisInfo = await h.client.info('memory');
    const redisPeakMb = Math.round(Number(/used_memory_peak:(\d+)/.exec(redisInfo)?.[1] ?? 0) / 1048576);
    const tally = await tallyRecords(h, ids);
    const p95 = percentile(latencies, 95);
    const rows: Record<string, unknown>[] = [
      {
        records: RECORDS,
        uploadMs,
        uploadsPerS: Math.round((RECORDS / uploadMs) * 1000 * 10) / 10,
        drainMs,
        recordsPerS: Math.round((finished / drainMs) * 1000 * 10) / 10,
        finished,
        completed: tally.completed,
        failed: tally.failed,
        statusReads: latencies.length,
        statusReadErrors: readErrors.length,
        p50Ms: Math.round(percentile(latencies, 50) ?? 0),
        p95Ms: Math.round(p95 ?? 0),
        maxMs: Math.round(Math.max(0, ...latencies)),
        peakTreeMb: rss.peakTreeMb(),
        peakProcessMb: rss.peakProcessMb(),
        treeMbAtTenth: treeAtTenth,
        treeMbAtEnd: treeAtEnd,
        redisPeakMb,
        rssSamples: rss.samples(),
      },
      ...progress.map((p) => ({ progress: true, ...p })),
    ];
    writeFleetReport({
      testFileUrl: import.meta.url,
      inputsTried: RECORDS,
      inputsAnsweredWithCode: uploads.filter((u) => u.status === 202).length,
      faultsInjected: 0,
      p95LatencyMs: p95 === null ? null : Math.round(p95),
      tally, fleet, rss, rows,
    });
    expect({ lost: tally.lost, duplicated: tally.duplicated, failed: tally.failed, crashes: fleet.crashes(), readErrors: readErrors.length }).toEqual({ lost: 0, duplicated: 0, failed: {}, crashes: 0, readErrors: 0 });
    expect(rss.peakTreeMb()).toBeLessThan(TREE_CEILING_MB);
  });
});
