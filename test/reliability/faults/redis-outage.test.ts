/**
 * Issue 7, faults (c): Redis is down for 30 s in the middle of a run. While it is down, new
 * uploads answer 503 `queue_unavailable` with Retry-After (the bytes are kept; the same upload sent again once Redis
 * is back is queued) and status reads still answer from the data directory. Afterwards the
 * workers, which were never restarted, reconnect and finish everything, once each.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalRedis } from '../../../src/queue/start-local-redis.js';
import { getJson, startHarness, upload, type Harness } from '../../queue/harness.js';
import { makeTextRecords } from '../lib/make-text-records.js';
import { percentile } from '../lib/percentile.js';
import { startRssSampler } from '../lib/process-memory.js';
import { writeFleetReport } from '../lib/suite-report.js';
import { tallyRecords, waitForFinished } from '../lib/tally-records.js';
import { uploadAll } from '../lib/upload-all.js';
import { startWorkerFleet } from '../lib/worker-fleet.js';

const BACKLOG = 150;
const DURING = 10;
const OUTAGE_MS = 30_000;
const ENV = { CHARTFACTS_LOCK_MS: '2000', CHARTFACTS_STALLED_MS: '1000', CHARTFACTS_MAX_STALLED: '5' };

let h: Harness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('Redis outage', () => {
  it('uploads answer 503 + Retry-After while Redis is down 30 s; workers resume and every record completes once', async () => {
    h = await startHarness(ENV);
    const records = makeTextRecords(BACKLOG + DURING, 1200);
    const uploads = await uploadAll(h, records.slice(0, BACKLOG));
    const ids = uploads.map((u) => u.id).filter((id): id is string => id !== null);
    expect(ids).toHaveLength(BACKLOG);

    const fleet = startWorkerFleet(h, 2);
    const rss = startRssSampler(() => fleet.leaders());
    const finishedBefore = await waitForFinished(h, Math.floor(BACKLOG * 0.3), 5 * 60_000);
    const port = h.redis.port;
    await h.redis.stop();
    const downAt = Date.now();

    // While Redis is down: new uploads one after another, and status reads of accepted records.
    const during: { status: number; retryAfter: string | null; code: string | null; ms: number }[] = [];
    const reads: number[] = [];
    for (let i = 0; i < DURING && Date.now() - downAt < OUTAGE_MS - 3000; i++) {
      const t = Date.now();
      const res = await upload(h, records[BACKLOG + i]!, `during-${i}.txt`);
      const body = (await res.json()) as { error?: { code?: string } };
      during.push({ status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code ?? null, ms: Date.now() - t });
      reads.push((await getJson(h, `/v1/records/${ids[i]}`)).status);
      await new Promise((r) => setTimeout(r, 2500));
    }
    const wait = OUTAGE_MS - (Date.now() - downAt);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    h.redis = await startLocalRedis(join(h.dir, 'redis'), { port });
    const outageMs = Date.now() - downAt;

    // The client does what the 503 says: the same upload again after Retry-After (the API's own
    // Redis connection may take a reconnect interval, up to 2 s, to come back), up to 3 tries.
    const resent: number[] = [];
    const resendTries: number[] = [];
    const lateIds: string[] = [];
    for (let i = 0; i < during.length; i++) {
      let res: Response | undefined;
      let tries = 0;
      for (let retryAfter = Number(during[i]!.retryAfter ?? 5); tries < 3; tries++) {
        await new Promise((r) => setTimeout(r, i === 0 || res?.status === 503 ? retryAfter * 1000 : 0));
        res = await upload(h, records[BACKLOG + i]!, `during-${i}.txt`);
        if (res.status !== 503) break;
        retryAfter = Number(res.headers.get('retry-after') ?? 5);
      }
      resent.push(res!.status);
      resendTries.push(tries + 1);
      if (res!.status === 202) lateIds.push(((await res!.json()) as { id: string }).id);
    }
    const all = [...ids, ...lateIds];
    const finished = await waitForFinished(h, all.length, 10 * 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    rss.stop();
    const tally = await tallyRecords(h, all);
    const answerMs = during.map((d) => d.ms);
    const rows: Record<string, unknown>[] = [
      { phase: 'before', backlog: BACKLOG, finishedWhenRedisStopped: finishedBefore },
      ...during.map((d, i) => ({ phase: 'outage', upload: i, ...d, statusReadDuringOutage: reads[i] })),
      { phase: 'after', outageMs, resentStatuses: resent, resendTries, finished, completed: tally.completed, failed: tally.failed, workersStarted: fleet.started() },
    ];
    writeFleetReport({
      testFileUrl: import.meta.url,
      inputsTried: BACKLOG + during.length,
      inputsAnsweredWithCode: uploads.filter((u) => u.status === 202).length + during.filter((d) => d.status === 503 && d.code === 'queue_unavailable' && d.retryAfter !== null).length,
      faultsInjected: 1,
      extraLost: during.length - lateIds.length,
      p95LatencyMs: percentile(answerMs, 95),
      tally, fleet, rss, rows,
    });
    expect(during.length).toBeGreaterThanOrEqual(5);
    for (const d of during) expect({ status: d.status, code: d.code, retryAfter: d.retryAfter !== null }).toEqual({ status: 503, code: 'queue_unavailable', retryAfter: true });
    expect(reads.every((s) => s === 200)).toBe(true);
    expect(resent.every((s) => s === 202)).toBe(true);
    expect({ lost: tally.lost, duplicated: tally.duplicated, failed: tally.failed, crashes: fleet.crashes() }).toEqual({ lost: 0, duplicated: 0, failed: {}, crashes: 0 });
  });
});
