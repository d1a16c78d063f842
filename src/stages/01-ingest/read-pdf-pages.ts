import { ChartfactsError } from '../../errors/chartfacts-error.js';
import { WARNING_CODES, type WarningCode } from '../../errors/codes.js';
import type { ChartfactsOptions } from '../../options/chartfacts-options.js';
import type { Warning } from '../../types/facts.js';
import type { RawPage } from '../../types/pipeline.js';
import { assessTextLayer, type TextLayerVerdict } from './assess-text-layer.js';
import { ocrPage, type OcrPageResult } from './ocr-page.js';
import { openPdf, type PdfSession } from './open-pdf.js';
import type { GrayImage } from './pdf-protocol.js';

/** Pages and warnings read from a PDF. */
export interface PdfPages {
  readonly pages: RawPage[];
  readonly warnings: Warning[];
}

function warning(code: WarningCode, page?: number): Warning {
  return page === undefined ? { code, message: WARNING_CODES[code] } : { code, message: WARNING_CODES[code], page };
}

const hasText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Chooses what a page that needed OCR ends up holding, and what to warn about. */
function settlePage(page: number, layer: string, verdict: TextLayerVerdict, ocr: OcrPageResult | undefined, ocrOn: boolean, out: Warning[]): RawPage {
  if (verdict === 'garbled') out.push(warning('garbled_text_layer', page));
  if (ocr && hasText(ocr.text)) {
    if (ocr.rotation !== 0) out.push(warning('rotated_page', page));
    return { page, text: ocr.text, source: 'ocr', ocrConfidence: ocr.confidence, rotation: ocr.rotation };
  }
  out.push(warning(ocrOn ? 'incomplete_page' : 'ocr_unavailable', page));
  // A sparse text layer (a stamp, a page number) is still better than nothing; glyph garbage is not.
  const keep = verdict === 'empty' && hasText(layer);
  return {
    page,
    text: keep ? layer : '',
    source: keep ? 'text' : 'none',
    ...(ocr ? { ocrConfidence: ocr.confidence } : {}),
  };
}

/**
 * A page pdfjs cannot draw is left out (it is then reported incomplete) rather than failing the
 * whole document; a deadline or a dead parser thread still fails it.
 */
async function renderOrSkip(session: PdfSession, page: number, dpi: number): Promise<GrayImage | undefined> {
  try {
    return await session.render(page, dpi);
  } catch (err) {
    if (err instanceof ChartfactsError && err.code === 'corrupt_pdf' && session.alive()) return undefined;
    throw err;
  }
}

/**
 * Renders pages one at a time in the parser thread while up to `ocrWorkers` pages are being
 * recognized, so rendering overlaps OCR without holding every page image in memory.
 */
async function ocrPages(session: PdfSession, numbers: readonly number[], options: Readonly<ChartfactsOptions>, signal: AbortSignal): Promise<Map<number, OcrPageResult>> {
  const results = new Map<number, OcrPageResult>();
  const inFlight = new Set<Promise<void>>();
  // A job's failure is caught at once (an unobserved rejection would end the process) and
  // rethrown here, between pages.
  let failure: unknown;
  const rethrow = (): void => {
    if (failure !== undefined) throw failure;
  };
  for (const n of numbers) {
    if (signal.aborted) break;
    const image = await renderOrSkip(session, n, options.ocrDpi);
    rethrow();
    if (!image) continue;
    const job: Promise<void> = ocrPage(image, { workers: options.ocrWorkers, dpi: options.ocrDpi }, signal)
      .then((r) => void results.set(n, r), (err: unknown) => void (failure ??= err))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= options.ocrWorkers) await Promise.race(inFlight);
    rethrow();
  }
  await Promise.all(inFlight);
  rethrow();
  return results;
}

/**
 * OCR results obtained somewhere else (the queue fans a long scan's pages out to other workers):
 * given the pages that need OCR, resolves to their results (a page left out counts as one that
 * could not be drawn), or to undefined to OCR them here.
 */
export type OcrSource = (pages: readonly number[]) => Promise<ReadonlyMap<number, OcrPageResult> | undefined>;

/**
 * Reads a PDF page by page: the text layer where it holds real text, OCR where it is empty or
 * glyph garbage. Active content found in the file is reported as warnings and otherwise ignored.
 *
 * @param ocrSource - optional; asked first for the pages needing OCR (see {@link OcrSource}).
 * @throws ChartfactsError `encrypted_pdf`, `corrupt_pdf`, `too_many_pages`, `ocr_failed`, `timeout`.
 */
export async function readPdfPages(bytes: Uint8Array, options: Readonly<ChartfactsOptions>, signal: AbortSignal, ocrSource?: OcrSource): Promise<PdfPages> {
  const session = await openPdf(bytes, options.maxPages, signal);
  try {
    const warnings = session.warnings.map((w) => warning(w.code, w.page));
    const verdicts = session.texts.map(assessTextLayer);
    const needOcr = verdicts.flatMap((v, i) => (v === 'text' ? [] : [i + 1]));
    const wanted = options.ocr && needOcr.length > 0;
    const supplied = wanted && ocrSource ? await ocrSource(needOcr) : undefined;
    const ocr = supplied ?? (wanted ? await ocrPages(session, needOcr, options, signal) : new Map<number, OcrPageResult>());
    const pages = session.texts.map((text, i): RawPage => {
      const n = i + 1;
      const verdict = verdicts[i]!;
      return verdict === 'text' ? { page: n, text, source: 'text' } : settlePage(n, text, verdict, ocr.get(n), options.ocr, warnings);
    });
    return { pages, warnings };
  } finally {
    await session.close();
  }
}
