/**
 * Re-uploading a failed record: a transient failure (here a worker that died mid-job) is retried
 * from the stage that failed; a failure caused by the bytes themselves stands.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixture, getJson, isFinished, startCallbackReceiver, startHarness, streamIds, upload, waitForRecord, type Harness } from './harness.js';

let h: Harness;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

beforeAll(async () => {
  // No stall is forgiven (CHARTFACTS_MAX_STALLED=0): a job whose worker dies fails for good, the
  // way it does after the last allowed stall in production; short locks find it in seconds.
  h = await startHarness({ CHARTFACTS_LOCK_MS: '2000', CHARTFACTS_STALLED_MS: '1000', CHARTFACTS_MAX_STALLED: '0', CHARTFACTS_TEST_STAGE_DELAY_MS: '1500' });
  receiver = await startCallbackReceiver();
});

afterAll(async () => {
  await receiver?.close();
  await h?.stop();
});

async function failedIds(): Promise<string[]> {
  const { body } = await getJson<{ records: { id: string }[] }>(h, '/v1/records?status=failed');
  return body.records.map((r) => r.id);
}

async function waitForCallbacks(n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (receiver.received.length < n && Date.now() < deadline) await sleep(100);
}

describe('re-uploading a failed record', () => {
  it('retries a record that failed for a transient reason, from the failed stage, and completes it once', async () => {
    const first = h.startWorker(['all', '--concurrency', '1']);
    const bytes = await fixture('imr-02.txt');
    const { id } = (await (await upload(h, bytes, 'imr-02.txt', { callbackUrl: receiver.url })).json()) as { id: string };
    await waitForRecord(h, id, (v) => v.stage === 'extract' && v.progress === 40, 60_000);
    await h.killWorker(first);
    h.startWorker(['all', '--concurrency', '1']);
    const failed = await waitForRecord(h, id, isFinished, 60_000);
    expect({ status: failed.status, code: failed.error?.code }).toEqual({ status: 'failed', code: 'internal_error' });
    expect(await failedIds()).toContain(id);
    await waitForCallbacks(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ id, status: 'failed' });

    const again = await upload(h, bytes, 'imr-02.txt');
    expect(again.status).toBe(202);
    expect((await again.json()) as object).toMatchObject({ id, status: 'queued' });
    const done = await waitForRecord(h, id, isFinished, 60_000);
    expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });
    expect(done.facts).not.toBeNull();
    expect(done.decision).not.toBeNull();
    expect(await failedIds()).not.toContain(id);
    // Only the failed stage ran again: the parse job of the first try is the only one.
    const parse = new Queue('parse', { connection: h.client, prefix: h.config.prefix });
    try {
      expect((await parse.getJob(id))?.attemptsMade).toBe(1);
    } finally {
      await parse.close();
    }
    await waitForCallbacks(2);
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { status: string }).status)).toEqual(['failed', 'completed']);
    expect((await streamIds(h)).filter((x) => x === id)).toHaveLength(1);
  }, 240_000);

  it('answers a record that failed on its bytes with the same failure, without running it again', async () => {
    h.startWorker(['all', '--concurrency', '1']);
    // Text bytes with no letter or digit: ingest says empty_document, whatever the attempt.
    const bytes = Buffer.from('--- . --- . ---\n\f ... \n', 'utf8');
    const { id } = (await (await upload(h, bytes, 'blank.txt')).json()) as { id: string };
    const failed = await waitForRecord(h, id, isFinished, 60_000);
    expect(failed.error?.code).toBe('empty_document');
    const again = await upload(h, bytes, 'blank.txt');
    expect(again.status).toBe(202);
    expect((await again.json()) as object).toMatchObject({ id, status: 'failed' });
    const parse = new Queue('parse', { connection: h.client, prefix: h.config.prefix });
    try {
      const job = await parse.getJob(id);
      expect(await job?.getState()).toBe('failed');
      expect(job?.attemptsMade).toBe(1);
    } finally {
      await parse.close();
    }
    expect((await getJson<{ status: string }>(h, `/v1/records/${id}`)).body.status).toBe('failed');
  }, 120_000);
});
