import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ChartfactsError, toChartfactsError } from '../../errors/chartfacts-error.js';
import type { ChartfactsOptions } from '../../options/chartfacts-options.js';
import { resolveOptions } from '../../options/resolve-options.js';
import type { IngestResult } from '../../types/pipeline.js';
import { detectFileType } from './detect-file-type.js';
import { readPdfPages, type OcrSource, type PdfPages } from './read-pdf-pages.js';
import { readTextFile } from './read-text-file.js';

function tooLarge(size: number, limit: number): ChartfactsError {
  return new ChartfactsError('file_too_large', `the file is ${size} bytes, more than the limit of ${limit}`);
}

async function readPages(bytes: Uint8Array, options: Readonly<ChartfactsOptions>, signal: AbortSignal, ocrSource?: OcrSource): Promise<PdfPages> {
  switch (detectFileType(bytes)) {
    case 'pdf':
      return readPdfPages(bytes, options, signal, ocrSource);
    case 'text': {
      const pages = readTextFile(bytes);
      if (pages.length > options.maxPages) {
        throw new ChartfactsError('too_many_pages', `the document has ${pages.length} pages, more than the limit of ${options.maxPages}`);
      }
      return { pages, warnings: [] };
    }
    case 'unknown':
      throw new ChartfactsError('not_pdf');
  }
}

/**
 * Runs `work` under the per-file deadline: when it passes, `signal` aborts (killing the parser
 * thread and stopping further OCR) and the call rejects with `timeout` at once.
 */
async function withDeadline<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ChartfactsError('timeout', `ingest took longer than ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const running = work(controller.signal);
  // If the deadline wins, the abandoned work's later rejection must not surface as unhandled.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a PDF or plain-text record from memory into raw pages. The type comes from the bytes, not
 * the name; text pages split on form feeds; PDF pages come from the text layer or, where that
 * is empty or glyph garbage, from OCR.
 *
 * @param bytes - the whole file.
 * @param fileName - reported back as `fileName`; never used to pick the format.
 * @param options - partial options merged over the defaults (see `ChartfactsOptions`).
 * @param ocrSource - optional supplier of OCR results computed elsewhere (the queue's page
 *   fan-out); without it, pages needing OCR are recognized in this process.
 * @throws ChartfactsError with one of `not_pdf`, `unsupported_encoding`, `encrypted_pdf`,
 *   `corrupt_pdf`, `empty_document`, `too_many_pages`, `file_too_large`, `ocr_failed`, `timeout`,
 *   `invalid_options`.
 */
export async function ingestBuffer(bytes: Uint8Array, fileName: string, options: Partial<ChartfactsOptions> = {}, ocrSource?: OcrSource): Promise<IngestResult> {
  const resolved = resolveOptions(options);
  if (bytes.byteLength > resolved.maxFileBytes) throw tooLarge(bytes.byteLength, resolved.maxFileBytes);
  if (bytes.byteLength === 0) throw new ChartfactsError('empty_document', 'the file is empty (zero bytes)');
  const id = createHash('sha256').update(bytes).digest('hex');
  let read: PdfPages;
  try {
    read = await withDeadline(resolved.timeoutMs, (signal) => readPages(bytes, resolved, signal, ocrSource));
  } catch (err) {
    throw toChartfactsError(err);
  }
  if (!read.pages.some((p) => /[\p{L}\p{N}]/u.test(p.text))) throw new ChartfactsError('empty_document');
  return { id, fileName, pages: read.pages, warnings: read.warnings };
}

/**
 * Reads a PDF or plain-text file from disk; the size limit is checked before the file is read.
 * See {@link ingestBuffer} for everything else.
 *
 * @throws ChartfactsError `file_not_found` when the path is missing or not a readable file, plus
 *   every code {@link ingestBuffer} throws.
 */
export async function ingestFile(path: string, options: Partial<ChartfactsOptions> = {}): Promise<IngestResult> {
  const resolved = resolveOptions(options);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > resolved.maxFileBytes) throw tooLarge(info.size, resolved.maxFileBytes);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof ChartfactsError) throw err;
    throw new ChartfactsError('file_not_found', `cannot read ${basename(path)}`, { cause: err });
  }
  return ingestBuffer(bytes, basename(path), resolved);
}

// The CLI imports ingest and its shutdown from this one module.
export { shutdownIngest } from './shutdown-ingest.js';
