/**
 * Worker-thread entry that owns pdfjs (through pdf-parse). One document at a time: `open` reads
 * every page's text layer and scans for active content, `render` rasterizes one page for OCR,
 * `close` frees the document. Every failure is answered as a typed code, never thrown across.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { PDFParse as PdfParser } from 'pdf-parse';
import type { ErrorCode } from '../../errors/codes.js';
import type { FailReply, GrayImage, OpenReply, PdfReply, PdfRequest, PdfWarning } from './pdf-protocol.js';
import { measureFlateStreams } from './measure-flate-streams.js';
import { scanActiveContent, scanRawMarkers, type PdfDocumentLike, type PdfPageLike } from './scan-active-content.js';
import { tunePdfjsThread } from './tune-pdfjs-thread.js';

interface RenderablePage {
  getViewport(params: { scale: number }): { width: number; height: number };
  render(params: object): { promise: Promise<void> };
  cleanup(): void;
}

interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

interface OpenDocument extends PdfDocumentLike {
  getPage(n: number): Promise<RenderablePage & PdfPageLike>;
  canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void };
}

/** Fonts for the standard 14 so pages that use them render for OCR without system fonts. */
function standardFontDir(): string | undefined {
  try {
    const req = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    return join(dirname(req.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  } catch {
    return undefined;
  }
}

/**
 * pdf-parse loads pdfjs's legacy build, whose core-js polyfills replace Array.prototype.push
 * with a spec-edge-case version about a fifth slower on text extraction. pdfjs runs fine on the
 * native one (it does in browsers), and this thread runs nothing else, so put it back.
 */
async function loadPdfParse(): Promise<typeof PdfParser> {
  const nativePush = Array.prototype.push;
  const { PDFParse } = await import('pdf-parse');
  Array.prototype.push = nativePush;
  return PDFParse;
}

/**
 * Inflated size allowed per deflated stream and per file. A 600 dpi colour letter page deflated
 * is about 100 MB; more than that in one stream, or 1 GB in one file, is a bomb, not a record.
 */
const INFLATE_LIMITS = { perStreamBytes: 256 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 } as const;
/**
 * Largest image pdfjs decodes, in pixels (a 600 dpi legal-size scan is 43 million); bigger ones
 * are left out of the drawing, so their page goes to OCR blank and is reported incomplete.
 * Decoded images live outside the thread's heap limit, so this bound is what keeps memory flat.
 */
const MAX_IMAGE_PIXELS = 50_000_000;
/**
 * Largest page raster drawn for OCR, in pixels (a letter page at 200 dpi is 3.7 million). A page
 * with an absurd MediaBox is drawn at a lower resolution instead of allocating gigabytes.
 */
const MAX_RENDER_PIXELS = 25_000_000;

const PDFParse = await loadPdfParse();
await tunePdfjsThread();
type PDFParse = PdfParser;
const fontDir = standardFontDir();
let parser: PDFParse | undefined;

/** pdf-parse keeps the pdfjs document private; rendering and the active-content scan need it. */
function documentOf(p: PDFParse): OpenDocument {
  const doc = (p as unknown as { doc?: OpenDocument }).doc;
  if (!doc) throw new Error('document not loaded');
  return doc;
}

function failureCode(err: unknown): ErrorCode {
  const name = err instanceof Error ? err.name : '';
  return name === 'PasswordException' ? 'encrypted_pdf' : 'corrupt_pdf';
}

/**
 * Every page's text in one pass; if that fails, page by page so one broken content stream costs
 * only its own page (left empty, so it goes to OCR or is reported incomplete).
 */
async function readTexts(p: PDFParse, total: number): Promise<string[]> {
  try {
    const result = await p.getText({ pageJoiner: '' });
    return Array.from({ length: total }, (_, i) => result.getPageText(i + 1) ?? '');
  } catch {
    const texts: string[] = [];
    for (let n = 1; n <= total; n++) {
      texts.push(await p.getText({ pageJoiner: '', partial: [n] }).then((r) => r.getPageText(n) ?? '', () => ''));
    }
    return texts;
  }
}

async function open(bytes: Uint8Array, maxPages: number): Promise<OpenReply | FailReply> {
  await close();
  const inflated = await measureFlateStreams(bytes, INFLATE_LIMITS);
  if (inflated.overLimit) {
    return { ok: false, code: 'pdf_too_complex', message: `the PDF's compressed streams inflate to more than ${INFLATE_LIMITS.perStreamBytes / 2 ** 20} MB (one stream) or ${INFLATE_LIMITS.totalBytes / 2 ** 20} MB (in all)` };
  }
  const rawCodes = scanRawMarkers(bytes);
  parser = new PDFParse({
    data: bytes,
    maxImageSize: MAX_IMAGE_PIXELS,
    // Never compile code from the file; pdfjs otherwise builds font programs with `new Function`.
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    ...(fontDir ? { standardFontDataUrl: fontDir } : {}),
  });
  const info = await parser.getInfo();
  if (info.total > maxPages) {
    return { ok: false, code: 'too_many_pages', message: `the document has ${info.total} pages, more than the limit of ${maxPages}` };
  }
  const texts = await readTexts(parser, info.total);
  const warnings: PdfWarning[] = await scanActiveContent(rawCodes, documentOf(parser), info.total);
  return { ok: true, numPages: info.total, texts, warnings };
}

/** Composites over white and converts to luminance, so transparent areas read as paper. */
function toGray(rgba: Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < data.length; i += 4, p++) {
    const a = rgba[i + 3]! / 255;
    const lum = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    data[p] = Math.round(lum * a + 255 * (1 - a));
  }
  return { width, height, data };
}

async function render(pageNumber: number, dpi: number): Promise<GrayImage> {
  if (!parser) throw new Error('no document open');
  const doc = documentOf(parser);
  const page = await doc.getPage(pageNumber);
  const natural = page.getViewport({ scale: dpi / 72 });
  const area = natural.width * natural.height;
  const shrink = area > MAX_RENDER_PIXELS ? Math.sqrt(MAX_RENDER_PIXELS / area) : 1;
  const viewport = shrink < 1 ? page.getViewport({ scale: (dpi / 72) * shrink }) : natural;
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const target = doc.canvasFactory.create(width, height);
  try {
    await page.render({ canvasContext: target.context, canvas: target.canvas, viewport, background: 'white' }).promise;
    return toGray(target.context.getImageData(0, 0, width, height).data, width, height);
  } finally {
    doc.canvasFactory.destroy(target);
    page.cleanup();
  }
}

async function close(): Promise<void> {
  const p = parser;
  parser = undefined;
  if (p) await p.destroy().catch(() => undefined);
}

async function handle(request: PdfRequest): Promise<PdfReply> {
  try {
    switch (request.op) {
      case 'open':
        return await open(request.bytes, request.maxPages);
      case 'render':
        return { ok: true, ...(await render(request.page, request.dpi)) };
      case 'close':
        await close();
        return { ok: true };
    }
  } catch (err) {
    return { ok: false, code: failureCode(err), message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (request: PdfRequest) => {
  void handle(request).then((reply) => {
    const transfer = 'data' in reply && reply.data instanceof Uint8Array ? [reply.data.buffer as ArrayBuffer] : [];
    parentPort?.postMessage(reply, transfer);
  });
});
