/**
 * Long scans through the queue: a scan with more OCR pages than CHARTFACTS_OCR_FANOUT_PAGES has
 * its pages recognized as separate jobs on the `ocr` queue, then assembled in page order into
 * exactly what in-process ingest gives.
 */
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScannedPdf } from '../../scripts/lib/render-scanned-pdf.js';
import { factsFromIngest, shutdownProcessing } from '../../src/process-file.js';
import { createRecordStore } from '../../src/queue/record-store.js';
import { ingestBuffer } from '../../src/stages/01-ingest/ingest-file.js';
import type { IngestResult } from '../../src/types/pipeline.js';
import { fixture, isFinished, startHarness, upload, waitForRecord, type Harness } from './harness.js';

const PAGES = 6;
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

let h: Harness;
let scan: Buffer;

/** A short record cut into PAGES pages of a few lines each, so OCR stays quick. */
async function scannedRecord(): Promise<Buffer> {
  const lines = (await fixture('rec-09.txt')).toString('utf8').split('\n').filter((l) => l.trim() !== '');
  const per = Math.ceil(Math.min(lines.length, PAGES * 8) / PAGES);
  const pages = Array.from({ length: PAGES }, (_, i) => lines.slice(i * per, (i + 1) * per).join('\n'));
  return renderScannedPdf(pages.join('\f'), { seed: 4 });
}

beforeAll(async () => {
  // A threshold under the page count forces the fan-out; one page per OCR job.
  h = await startHarness({ CHARTFACTS_OCR_FANOUT_PAGES: '2', CHARTFACTS_OCR_BATCH_PAGES: '1' });
  h.startWorker(['all', '--concurrency', '2']);
  scan = await scannedRecord();
}, 120_000);

afterAll(async () => {
  await h?.stop();
  await shutdownProcessing();
});

describe('OCR fan-out of long scans', () => {
  it('recognizes each scanned page as its own ocr job and assembles the same document as in-process ingest', async () => {
    const res = await upload(h, scan, 'scan.pdf');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(id).toBe(sha256(scan));

    const done = await waitForRecord(h, id, isFinished, 300_000);
    expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });

    const local = await ingestBuffer(scan, 'scan.pdf');
    expect(local.pages.filter((p) => p.source === 'ocr')).toHaveLength(PAGES);
    const queued = await createRecordStore(h.config.dataDir).readResult<IngestResult>(id, 'pages');
    expect(queued).toEqual(local);
    expect(done.facts).toEqual(factsFromIngest(local));

    // Six OCR jobs ran on the ocr queue, and the parse queue ran the parse and the assemble job.
    const ocr = new Queue('ocr', { connection: h.client, prefix: h.config.prefix });
    const parse = new Queue('parse', { connection: h.client, prefix: h.config.prefix });
    try {
      expect(await ocr.getJobCounts('completed', 'failed', 'waiting', 'active')).toMatchObject({ completed: PAGES, failed: 0, waiting: 0, active: 0 });
      const jobs = await ocr.getJobs(['completed']);
      expect(jobs.map((j) => j.id).sort()).toEqual(Array.from({ length: PAGES }, (_, i) => `${id}-ocr-${i + 1}`).sort());
      // Payloads carry the record id, its folder and page numbers, never text.
      for (const job of jobs) expect(Object.keys(job.data as object).sort()).toEqual(['id', 'pages', 'ref']);
      expect(await parse.getJobCounts('completed')).toMatchObject({ completed: 2 });
      expect(await parse.getJobState(`${id}-assemble`)).toBe('completed');
    } finally {
      await Promise.all([ocr.close(), parse.close()]);
    }
  }, 420_000);

  it('reads a scan with no more OCR pages than the threshold inside its parse job', async () => {
    const small = await renderScannedPdf('Progress report\nThe patient reports low back pain radiating to the left leg.\f' + 'Plan: physical therapy twice a week for six weeks.', { seed: 9 });
    const res = await upload(h, small, 'small.pdf');
    const { id } = (await res.json()) as { id: string };
    const done = await waitForRecord(h, id, isFinished, 300_000);
    expect(done.status).toBe('completed');
    const ocr = new Queue('ocr', { connection: h.client, prefix: h.config.prefix });
    try {
      expect(await ocr.getJob(`${id}-ocr-1`)).toBeUndefined();
    } finally {
      await ocr.close();
    }
    const queued = await createRecordStore(h.config.dataDir).readResult<IngestResult>(id, 'pages');
    expect(queued).toEqual(await ingestBuffer(small, 'small.pdf'));
  }, 420_000);
});
