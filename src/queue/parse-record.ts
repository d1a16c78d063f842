/**
 * The parse stage: uploaded bytes → raw pages. A short document (or one with few pages to OCR)
 * is read whole in this job; a long scan's OCR pages are fanned out to the `ocr` queue and the
 * assemble job, run once they are all recognized, reads the document again with their results.
 */
import { readFile } from 'node:fs/promises';
import type { SandboxedJob } from 'bullmq';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import type { OcrPageResult } from '../stages/01-ingest/ocr-page.js';
import { ingestBuffer } from '../stages/01-ingest/ingest-file.js';
import { fanOutOcr } from './fan-out-ocr.js';
import { ASSEMBLE_JOB, type OcrJobData, type StageJobData } from './open-queues.js';
import type { PipelineContext } from './pipeline-context.js';
import { runStage, type StageOutcome, type StageResult } from './run-stage.js';

/** Thrown from the OCR source to stop reading once the pages are known to go to the ocr queue. */
class FannedOut extends Error {}

/** Stored results of fanned-out OCR pages; a page stored as not drawable is left out, as in-process. */
async function storedOcr(ctx: PipelineContext, id: string, pages: readonly number[]): Promise<Map<number, OcrPageResult>> {
  const found = new Map<number, OcrPageResult>();
  for (const page of pages) {
    const stored = await ctx.store.readOcrPage(id, page);
    // Every OCR job stores each of its pages before it completes, and this job runs after all.
    if (!stored) throw new ChartfactsError('internal_error', `OCR of page ${page} is missing from the data directory`);
    if (stored.result) found.set(page, stored.result);
  }
  return found;
}

async function parseOrFanOut(ctx: PipelineContext, id: string, bytes: Buffer, fileName: string): Promise<StageOutcome> {
  let fanned: readonly number[] | undefined;
  try {
    const ingest = await ingestBuffer(bytes, fileName, {}, async (pages) => {
      if (pages.length <= ctx.config.ocrFanOutPages) return undefined;
      fanned = pages;
      throw new FannedOut();
    });
    await ctx.store.writeResult(id, 'pages', ingest);
    return undefined;
  } catch (err) {
    // ingestBuffer wraps foreign errors, so the decision is read from `fanned`, not the error.
    if (fanned === undefined) throw err;
  }
  await fanOutOcr(ctx, id, fanned);
  return 'waiting';
}

/**
 * Processes a parse-queue job: `parse` (read the upload, fanning long scans out) or `assemble`
 * (read it again with the fanned-out OCR pages, then hand the record on to extract).
 */
export function parseRecord(job: SandboxedJob<StageJobData>): Promise<StageResult> {
  return runStage(job, 'parse', async (ctx, id) => {
    const bytes = await readFile(ctx.store.uploadPath(id));
    const fileName = (await ctx.store.readMeta(id))?.fileName ?? 'upload';
    if (job.name !== ASSEMBLE_JOB) return parseOrFanOut(ctx, id, bytes, fileName);
    const { pages } = job.data as OcrJobData;
    const ocr = await storedOcr(ctx, id, pages);
    await ctx.store.writeResult(id, 'pages', await ingestBuffer(bytes, fileName, {}, async () => ocr));
    return undefined;
  });
}
