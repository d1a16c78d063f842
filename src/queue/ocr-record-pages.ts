/**
 * A fanned-out OCR job: renders and recognizes a few pages of a long scan and stores each page's
 * result in the record folder for the assemble job. Only ids, page numbers and the folder
 * reference travel in the job; the text stays on disk.
 */
import { readFile } from 'node:fs/promises';
import type { SandboxedJob } from 'bullmq';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import { resolveOptions } from '../options/resolve-options.js';
import { ocrPage } from '../stages/01-ingest/ocr-page.js';
import { openPdf, type PdfSession } from '../stages/01-ingest/open-pdf.js';
import type { GrayImage } from '../stages/01-ingest/pdf-protocol.js';
import { failJob } from './fail-job.js';
import type { OcrJobData } from './open-queues.js';
import { sandboxContext } from './pipeline-context.js';

/** What an OCR job returns to BullMQ: counts, no text. */
export interface OcrJobResult {
  readonly id: string;
  readonly pages: number;
  readonly ms: number;
}

/**
 * One tesseract worker per OCR job process: the parallelism comes from running many jobs, and a
 * scheduler per process sized to the machine would oversubscribe it.
 */
const OCR_THREADS_PER_JOB = 1;

/** As in-process ingest: a page pdfjs cannot draw is left out (reported incomplete), not fatal. */
async function renderOrSkip(session: PdfSession, page: number, dpi: number): Promise<GrayImage | null> {
  try {
    return await session.render(page, dpi);
  } catch (err) {
    if (err instanceof ChartfactsError && err.code === 'corrupt_pdf' && session.alive()) return null;
    throw err;
  }
}

/** Processes one OCR job; pages already stored by an earlier attempt are skipped. */
export async function ocrRecordPages(job: SandboxedJob<OcrJobData>): Promise<OcrJobResult> {
  const ctx = sandboxContext();
  const { id, pages } = job.data;
  const started = performance.now();
  const state = await ctx.store.readState(id);
  if (state?.status === 'completed' || state?.status === 'failed') return { id, pages: 0, ms: 0 };
  try {
    const options = resolveOptions({});
    const signal = AbortSignal.timeout(options.timeoutMs);
    const todo: number[] = [];
    for (const page of pages) if (!(await ctx.store.readOcrPage(id, page))) todo.push(page);
    if (todo.length > 0) {
      const session = await openPdf(await readFile(ctx.store.uploadPath(id)), options.maxPages, signal);
      try {
        for (const page of todo) {
          if (signal.aborted) throw new ChartfactsError('timeout', `OCR took longer than ${options.timeoutMs} ms`);
          const image = await renderOrSkip(session, page, options.ocrDpi);
          const result = image ? await ocrPage(image, { workers: OCR_THREADS_PER_JOB, dpi: options.ocrDpi }, signal) : null;
          await ctx.store.writeOcrPage(id, page, result);
        }
      } finally {
        await session.close();
      }
    }
    return { id, pages: todo.length, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return failJob(ctx, job, err);
  }
}
