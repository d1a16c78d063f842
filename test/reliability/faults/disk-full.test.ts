/**
 * Issue 7, faults (d): the data directory fills up. The data directory is a 4 MB tmpfs mounted for
 * the test (needs root, as in CI's container; without mount permission the test is skipped and its
 * report says so, and storage-full-injected.test.ts still covers the store with an injected
 * ENOSPC). A filler file takes the last free byte, then:
 * - a new upload answers 507 `storage_full`, and leaves no record folder and no temp file;
 * - a record whose stage is running when the disk fills fails that attempt with `storage_full`,
 *   leaves no half-written result or temp file, and is retried;
 * - once space is freed the retried record completes and the refused upload, sent again, too;
 * - a record whose last attempt meets the full disk ends `failed` with `storage_full` (its state is
 *   written over the old state file), never stuck in `processing`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRecordStore } from '../../../src/queue/record-store.js';
import { isFinished, startHarness, upload, waitForRecord, type Harness } from '../../queue/harness.js';
import { makeTextRecords } from '../lib/make-text-records.js';
import { startRssSampler } from '../lib/process-memory.js';
import { suiteNameOf, writeFleetReport, writeSuiteReport } from '../lib/suite-report.js';
import { tallyRecords } from '../lib/tally-records.js';
import { startWorkerFleet } from '../lib/worker-fleet.js';

const mountDir = await mkdtemp(join(tmpdir(), 'chartfacts-full-'));
let mountError: string | null = null;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountDir], { stdio: 'pipe' });
} catch (err) {
  mountError = (err as { stderr?: Buffer }).stderr?.toString().trim() || String(err);
}

let h: Harness | undefined;
let lastTry: Harness | undefined;
afterAll(async () => {
  await h?.stop();
  await lastTry?.stop();
  if (mountError === null) execFileSync('umount', [mountDir]);
  await rm(mountDir, { recursive: true, force: true });
  if (mountError !== null) {
    writeSuiteReport({ suite: suiteNameOf(import.meta.url), inputsTried: 0, inputsAnsweredWithCode: 0, faultsInjected: 0, recordsLost: 0, recordsDuplicated: 0, workerCrashes: 0, peakRssMb: 0, p95LatencyMs: null, logLeaks: null, rows: [{ skipped: `tmpfs mount not permitted (${mountError}); see storage-full-injected` }] });
  }
});

/** Writes a filler file until the file system refuses another byte. @returns bytes written. */
async function fillDisk(dir: string): Promise<number> {
  const file = await open(join(dir, 'filler'), 'a');
  let written = 0;
  try {
    for (const size of [65536, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          await file.write(chunk);
          written += size;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
          break;
        }
      }
    }
  } finally {
    await file.close();
  }
  return written;
}

/** Files under `dir` whose name ends in `.tmp`, plus everything in the upload temp folder. */
function leftovers(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tmp') || d.endsWith('/tmp')) found.push(p);
    }
  };
  if (existsSync(dataDir)) walk(dataDir);
  return found;
}

describe('full data directory', () => {
  it.skipIf(mountError !== null)('refuses uploads with 507 storage_full, fails a running stage with storage_full, writes nothing half, and recovers once space is freed', async () => {
    // Long backoff and more attempts so the retried stage outlives the full disk.
    h = await startHarness({ CHARTFACTS_DATA_DIR: mountDir, CHARTFACTS_TEST_STAGE_DELAY_MS: '1500', CHARTFACTS_ATTEMPTS: '10', CHARTFACTS_BACKOFF_MS: '500' });
    const store = createRecordStore(mountDir);
    const fleet = startWorkerFleet(h, 1, ['all', '--concurrency', '1']);
    const rss = startRssSampler(() => fleet.leaders());
    const [a, b, c] = makeTextRecords(3, 1200) as [Buffer, Buffer, Buffer];
    const rows: Record<string, unknown>[] = [];
    const answers: number[] = [];
    const post = async (bytes: Buffer, name: string): Promise<{ status: number; id?: string; error?: { code: string } }> => {
      const res = await upload(h!, bytes, name);
      answers.push(res.status);
      const body = (await res.json()) as { id?: string; error?: { code: string } };
      return { status: res.status, id: body.id, error: body.error };
    };

    // Baseline: the tiny disk works.
    const first = await post(a, 'a.txt');
    expect(first.status).toBe(202);
    expect((await waitForRecord(h, first.id!, isFinished, 120_000)).status).toBe('completed');

    // C is accepted, then the disk fills while its parse stage holds (the test stage delay).
    const running = await post(c, 'c.txt');
    expect(running.status).toBe(202);
    await waitForRecord(h, running.id!, (v) => v.status === 'processing' && v.stage === 'parse', 60_000);
    const filled = await fillDisk(mountDir);
    rows.push({ step: 'disk filled', fillerBytes: filled });

    // An upload while full: 507 storage_full, no record folder, no temp file.
    const refused = await post(b, 'b.txt');
    rows.push({ step: 'upload while full', status: refused.status, code: refused.error?.code ?? null });
    expect({ status: refused.status, code: refused.error?.code }).toEqual({ status: 507, code: 'storage_full' });
    expect(leftovers(mountDir)).toEqual([]);
    const bId = createHash('sha256').update(b).digest('hex');
    expect(existsSync(store.recordDir(bId))).toBe(false);

    // The running stage's attempt fails with the typed error and is scheduled again.
    const jobKey = `${h.config.prefix}:parse:${running.id}`;
    let reason: string | null = null;
    for (let i = 0; i < 240 && !(reason && /full/.test(reason)); i++) {
      reason = await h.client.hget(jobKey, 'failedReason');
      if (!(reason && /full/.test(reason))) await new Promise((r) => setTimeout(r, 250));
    }
    const attempts = Number(await h.client.hget(jobKey, 'atm'));
    rows.push({ step: 'stage while full', failedReason: reason, attemptsMade: attempts });
    expect(reason).toMatch(/storage_full|data directory is full/);
    expect(leftovers(mountDir)).toEqual([]);
    expect(existsSync(join(store.recordDir(running.id!), 'pages.json'))).toBe(false);
    expect((await store.readState(running.id!))?.status).toBe('processing');

    // Space back: the retried stage finishes, the refused upload is accepted when sent again.
    await rm(join(mountDir, 'filler'));
    const again = await post(b, 'b.txt');
    expect(again.status).toBe(202);
    const doneC = await waitForRecord(h, running.id!, isFinished, 180_000);
    const doneB = await waitForRecord(h, again.id!, isFinished, 180_000);
    rows.push({ step: 'after space freed', resentStatus: again.status, c: doneC.status, b: doneB.status });
    await new Promise((r) => setTimeout(r, 1500));
    rss.stop();
    const tally = await tallyRecords(h, [first.id!, running.id!, again.id!]);
    writeFleetReport({
      testFileUrl: import.meta.url,
      inputsTried: answers.length,
      inputsAnsweredWithCode: answers.filter((s) => s === 202 || s === 507).length,
      faultsInjected: 2,
      tally, fleet, rss, rows,
    });
    expect({ lost: tally.lost, duplicated: tally.duplicated, crashes: fleet.crashes() }).toEqual({ lost: 0, duplicated: 0, crashes: 0 });
    expect(leftovers(mountDir)).toEqual([]);
  });

  it.skipIf(mountError !== null)('fails a record whose last attempt meets the full disk with storage_full instead of leaving it processing', async () => {
    await rm(join(mountDir, 'filler'), { force: true });
    lastTry = await startHarness({ CHARTFACTS_DATA_DIR: mountDir, CHARTFACTS_TEST_STAGE_DELAY_MS: '1500', CHARTFACTS_ATTEMPTS: '1' });
    const fleet = startWorkerFleet(lastTry, 1, ['all', '--concurrency', '1']);
    const [bytes] = makeTextRecords(1, 900) as [Buffer];
    const res = await upload(lastTry, bytes, 'last.txt');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await waitForRecord(lastTry, id, (v) => v.status === 'processing' && v.stage === 'parse', 60_000);
    await fillDisk(mountDir);
    const end = await waitForRecord(lastTry, id, isFinished, 60_000);
    await rm(join(mountDir, 'filler'));
    expect({ status: end.status, code: end.error?.code }).toEqual({ status: 'failed', code: 'storage_full' });
    expect(leftovers(mountDir)).toEqual([]);
    expect(fleet.crashes()).toBe(0);
  });
});
