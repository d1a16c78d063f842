/** Sandboxed processor of the `ocr` queue: a few pages of a long scan → their OCR text on disk. */
import type { SandboxedJob } from 'bullmq';
import type { OcrJobData } from '../src/queue/open-queues.js';
import { ocrRecordPages, type OcrJobResult } from '../src/queue/ocr-record-pages.js';

export default function ocr(job: SandboxedJob<OcrJobData>): Promise<OcrJobResult> {
  return ocrRecordPages(job);
}
