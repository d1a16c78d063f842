/**
 * A fanned-out OCR job that fails for good fails its record (and the waiting assemble job with
 * it); re-uploading the record then retries the whole parse, fan-out included.
 */
import { rm, writeFile } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderScannedPdf } from '../../scripts/lib/render-scanned-pdf.js';
import { createRecordStore } from '../../src/queue/record-store.js';
import { isFinished, startHarness, upload, waitForRecord, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  // One attempt per job, so a failing OCR job fails at once; every scanned page past the first fans out.
  h = await startHarness({ CHARTFACTS_OCR_FANOUT_PAGES: '1', CHARTFACTS_ATTEMPTS: '1' });
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

describe('OCR fan-out failures', () => {
  it('fails the record when an OCR job fails for good, and a re-upload retries the parse and its OCR jobs', async () => {
    const scan = await renderScannedPdf('Progress report\nLow back pain radiating to the left leg.\fPlan: physical therapy\ntwice a week for six weeks.\fFollow up in four weeks.', { seed: 6 });
    const parse = new Queue('parse', { connection: h.client, prefix: h.config.prefix });
    const ocr = new Queue('ocr', { connection: h.client, prefix: h.config.prefix });
    try {
      // Parse workers only: the scan fans out and its OCR jobs wait for an ocr worker.
      h.startWorker(['parse', '--concurrency', '1']);
      const { id } = (await (await upload(h, scan, 'scan.pdf')).json()) as { id: string };
      const deadline = Date.now() + 120_000;
      while ((await parse.getJobState(`${id}-assemble`)) !== 'waiting-children' && Date.now() < deadline) await sleep(200);
      expect(await parse.getJobState(`${id}-assemble`)).toBe('waiting-children');
      expect(await ocr.getJobCounts('waiting')).toMatchObject({ waiting: 3 });

      // The stored upload disappears (a broken shared volume): every OCR job fails for good.
      const store = createRecordStore(h.config.dataDir);
      await rm(store.uploadPath(id));
      h.startWorker(['ocr', '--concurrency', '1']);
      const failed = await waitForRecord(h, id, isFinished, 120_000);
      expect({ status: failed.status, code: failed.error?.code }).toEqual({ status: 'failed', code: 'internal_error' });
      const waitFailed = Date.now() + 30_000;
      while ((await parse.getJobState(`${id}-assemble`)) !== 'failed' && Date.now() < waitFailed) await sleep(200);
      expect(await parse.getJobState(`${id}-assemble`)).toBe('failed');

      // The volume is back; the same upload retries the parse, which fans out again, and completes.
      await writeFile(store.uploadPath(id), scan);
      h.startWorker(['extract', '--concurrency', '1']);
      h.startWorker(['decide', '--concurrency', '1']);
      const again = await upload(h, scan, 'scan.pdf');
      expect((await again.json()) as object).toMatchObject({ id, status: 'queued' });
      const done = await waitForRecord(h, id, isFinished, 300_000);
      expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });
      expect(await parse.getJobState(`${id}-assemble`)).toBe('completed');
      expect(await ocr.getJobCounts('completed', 'failed')).toMatchObject({ completed: 3, failed: 0 });
      const pages = (await store.readResult<{ pages: { source: string }[] }>(id, 'pages'))!.pages;
      expect(pages.map((p) => p.source)).toEqual(['ocr', 'ocr', 'ocr']);
    } finally {
      await Promise.all([parse.close(), ocr.close()]);
    }
  }, 480_000);
});
