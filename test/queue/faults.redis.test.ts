/** Crash tests: a worker SIGKILLed mid-job, and Redis restarted mid-run, lose nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { signCallback } from '../../src/queue/sign-callback.js';
import { fixture, isFinished, startCallbackReceiver, startHarness, streamIds, upload, waitForRecord, CALLBACK_SECRET, type Harness } from './harness.js';

let h: Harness | undefined;

afterEach(async () => {
  await h?.stop();
  h = undefined;
});

// Short locks so a dead worker's job is recovered in seconds; a stage delay so "mid-job" is certain.
const CRASH_ENV = { CHARTFACTS_LOCK_MS: '2000', CHARTFACTS_STALLED_MS: '1000', CHARTFACTS_MAX_STALLED: '3', CHARTFACTS_TEST_STAGE_DELAY_MS: '1500' };

describe('faults', () => {
  it('completes a record exactly once when its worker is SIGKILLed mid-extract', async () => {
    h = await startHarness(CRASH_ENV);
    const receiver = await startCallbackReceiver();
    try {
      const first = h.startWorker(['all', '--concurrency', '1']);
      const bytes = await fixture('imr-03.txt');
      const { id } = (await (await upload(h, bytes, 'imr-03.txt', { callbackUrl: receiver.url })).json()) as { id: string };
      // Progress 40 is written when extract starts; the stage then holds for the delay.
      await waitForRecord(h, id, (v) => v.stage === 'extract' && v.progress === 40, 60_000);
      await h.killWorker(first);
      expect(first.signalCode).toBe('SIGKILL');
      h.startWorker(['all', '--concurrency', '1']);
      const done = await waitForRecord(h, id, isFinished, 90_000);
      expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });
      expect(done.decision).not.toBeNull();
      await sleep(1500);
      expect((await streamIds(h)).filter((x) => x === id)).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.signature).toBe(signCallback(CALLBACK_SECRET, receiver.received[0]!.body));
    } finally {
      await receiver.close();
    }
  });

  it('loses nothing when redis-server restarts mid-run', async () => {
    h = await startHarness({ ...CRASH_ENV, CHARTFACTS_TEST_STAGE_DELAY_MS: '400' });
    h.startWorker(['all', '--concurrency', '2']);
    const names = ['imr-04.txt', 'imr-05.txt', 'imr-06.txt', 'rec-02.txt', 'rec-03.txt', 'rec-04.txt'];
    const ids: string[] = [];
    for (const name of names) {
      const res = await upload(h, await fixture(name), name);
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // Restart while work is in flight: after the first record starts, before all finish.
    await waitForRecord(h, ids[0]!, (v) => v.status === 'processing', 30_000);
    await h.restartRedis();
    for (const id of ids) {
      const done = await waitForRecord(h, id, isFinished, 120_000);
      expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });
    }
    await sleep(500);
    const published = await streamIds(h);
    expect([...published].sort()).toEqual([...ids].sort());
  });

  it('a SIGTERMed worker finishes its running job within the bound and exits 0', async () => {
    h = await startHarness({ ...CRASH_ENV, CHARTFACTS_SHUTDOWN_MS: '15000' });
    const worker = h.startWorker(['all', '--concurrency', '1']);
    const { id } = (await (await upload(h, await fixture('rec-05.txt'), 'rec-05.txt')).json()) as { id: string };
    await waitForRecord(h, id, (v) => v.stage === 'extract' && v.progress === 40, 60_000);
    const exited = new Promise<number | null>((r) => worker.once('exit', r));
    const t0 = Date.now();
    process.kill(worker.pid!, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(20_000);
    // The extract job ran to its end (facts stored, decide queued) instead of being abandoned.
    const after = await waitForRecord(h, id, () => true);
    expect(after.facts).not.toBeNull();
    h.startWorker(['all', '--concurrency', '1']);
    expect((await waitForRecord(h, id, isFinished, 60_000)).status).toBe('completed');
  });

  it('workers refuse to start unless maxmemory-policy is noeviction', async () => {
    h = await startHarness();
    await h.client.call('CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru');
    const worker = h.startWorker();
    let stderr = '';
    worker.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => worker.once('exit', r));
    expect(code).toBe(2);
    expect(stderr).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction/);
  });
});
