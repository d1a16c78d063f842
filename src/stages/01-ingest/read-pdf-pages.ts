import { WARNING_CODES, type WarningCode } from '../../errors/codes.js';
import type { ChartfactsOptions } from '../../options/chartfacts-options.js';
import type { Warning } from '../../types/facts.js';
import type { RawPage } from '../../types/pipeline.js';
import { assessTextLayer, type TextLayerVerdict } from './assess-text-layer.js';
import { ocrPage, type OcrPageResult } from './ocr-page.js';
import { openPdf, type PdfSession } from './open-pdf.js';

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
function settlePage(page: number, layer: string, verdict: TextLayerVerdict, ocr: OcrPageResult | undefined, out: Warning[]): RawPage {
  if (verdict === 'garbled') out.push(warning('garbled_text_layer', page));
  if (ocr && hasText(ocr.text)) {
    if (ocr.rotation !== 0) out.push(warning('rotated_page', page));
    return { page, text: ocr.text, source: 'ocr', ocrConfidence: ocr.confidence, rotation: ocr.rotation };
  }
  out.push(warning(ocr ? 'incomplete_page' : 'ocr_unavailable', page));
  if (ocr) return { page, text: verdict === 'empty' ? layer : '', source: 'none', ocrConfidence: ocr.confidence };
  // Without OCR a sparse text layer is still better than nothing; glyph garbage is not.
  return { page, text: verdict === 'empty' && hasText(layer) ? layer : '', source: verdict === 'empty' && hasText(layer) ? 'text' : 'none' };
}

/**
 * Renders pages one at a time in the parser thread while up to `ocrWorkers` pages are being
 * recognized, so rendering overlaps OCR without holding every page image in memory.
 */
async function ocrPages(session: PdfSession, numbers: readonly number[], options: Readonly<ChartfactsOptions>, signal: AbortSignal): Promise<Map<number, OcrPageResult>> {
  const results = new Map<number, OcrPageResult>();
  const inFlight = new Set<Promise<void>>();
  for (const n of numbers) {
    if (signal.aborted) break;
    const image = await session.render(n, options.ocrDpi);
    const job: Promise<void> = ocrPage(image, { workers: options.ocrWorkers, dpi: options.ocrDpi }, signal).then((r) => {
      results.set(n, r);
      inFlight.delete(job);
    });
    inFlight.add(job);
    if (inFlight.size >= options.ocrWorkers) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return results;
}

/**
 * Reads a PDF page by page: the text layer where it holds real text, OCR where it is empty or
 * glyph garbage. Active content found in the file is reported as warnings and otherwise ignored.
 *
 * @throws ChartfactsError `encrypted_pdf`, `corrupt_pdf`, `too_many_pages`, `ocr_failed`, `timeout`.
 */
export async function readPdfPages(bytes: Uint8Array, options: Readonly<ChartfactsOptions>, signal: AbortSignal): Promise<PdfPages> {
  const session = await openPdf(bytes, options.maxPages, signal);
  try {
    const warnings = session.warnings.map((w) => warning(w.code, w.page));
    const verdicts = session.texts.map(assessTextLayer);
    const needOcr = verdicts.flatMap((v, i) => (v === 'text' ? [] : [i + 1]));
    const ocr = options.ocr && needOcr.length > 0 ? await ocrPages(session, needOcr, options, signal) : new Map<number, OcrPageResult>();
    const pages = session.texts.map((text, i): RawPage => {
      const n = i + 1;
      const verdict = verdicts[i]!;
      return verdict === 'text' ? { page: n, text, source: 'text' } : settlePage(n, text, verdict, ocr.get(n), warnings);
    });
    return { pages, warnings };
  } finally {
    await session.close();
  }
}
