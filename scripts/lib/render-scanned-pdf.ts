/**
 * Turns a text-layer PDF into an image-only "scan" of it: every page is rasterized, turned by a
 * small skew (and optionally a quarter turn), speckled with seeded noise, JPEG-encoded and placed
 * on a PDF page with no text layer. Deterministic for the same input and options, so sample files
 * regenerate byte for byte.
 */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { openPdf } from '../../src/stages/01-ingest/open-pdf.js';
import { renderTextPdf, wrapLine } from './render-text-pdf.js';
import type { GrayImage } from '../../src/stages/01-ingest/pdf-protocol.js';
import { seededRandom } from './seeded-random.js';

/** How one page is "scanned". */
export interface ScanPageOptions {
  /** Small clockwise skew in degrees, as from a sheet fed slightly crooked. Default 0. */
  readonly skewDegrees?: number;
  /** Quarter turn clockwise, as from a sheet fed sideways or upside down. Default 0. */
  readonly quarterTurns?: 0 | 1 | 2 | 3;
  /** Pass the page through unscanned (keeps its text layer): for mixed documents. Default false. */
  readonly keepText?: boolean;
}

export interface RenderScannedPdfOptions {
  /** Scan resolution. Default 200. */
  readonly dpi?: number;
  /** Per-page settings, index 0 = page 1; pages past the end use the defaults. */
  readonly pages?: readonly ScanPageOptions[];
  /** Share of pixels turned into a dark or light speck, 0-1. Default 0.0015. */
  readonly noise?: number;
  /** Amplitude in gray levels of the paper grain added to every pixel. Default 24. */
  readonly grain?: number;
  /** Seed for the noise. Default 1. */
  readonly seed?: number;
  /** JPEG quality 0-100. Default 80. */
  readonly jpegQuality?: number;
  /** Courier size in points for the text before scanning, as in `renderTextPdf`. Default 10.5. */
  readonly fontSize?: number;
}

/** Page geometry shared with `renderTextPdf`'s defaults (Letter, half-inch margins). */
const PAGE = { width: 612, height: 792, margin: 36, lineSpacing: 1.2, advance: 0.6 };

/** Lays a page's lines out in Courier exactly where `renderTextPdf` puts them. */
function drawTextPage(doc: PDFKit.PDFDocument, pageText: string, fontSize: number): void {
  const columns = Math.floor((PAGE.width - 2 * PAGE.margin) / (fontSize * PAGE.advance) + 1e-9);
  const lines = pageText.replace(/^\n/, '').replace(/\n$/, '').split('\n').flatMap((l) => wrapLine(l, columns));
  doc.addPage({ size: [PAGE.width, PAGE.height], margin: PAGE.margin });
  doc.font('Courier').fontSize(fontSize);
  lines.forEach((line, i) => {
    const body = line.trimStart();
    if (body.length === 0) return;
    const x = PAGE.margin + (line.length - body.length) * fontSize * PAGE.advance;
    doc.text(body, x, PAGE.margin + i * fontSize * PAGE.lineSpacing, { lineBreak: false });
  });
}


function grayToRgba(image: GrayImage): ImageData {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let p = 0, i = 0; p < image.data.length; p++, i += 4) {
    rgba[i] = rgba[i + 1] = rgba[i + 2] = image.data[p]!;
    rgba[i + 3] = 255;
  }
  return new ImageData(rgba, image.width, image.height);
}

/** Draws the page turned and skewed on a white sheet of the (possibly swapped) page size. */
async function scanPage(image: GrayImage, page: ScanPageOptions, random: () => number, noise: { specks: number; grain: number }, quality: number): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const turns = page.quarterTurns ?? 0;
  const swap = turns % 2 === 1;
  const width = swap ? image.height : image.width;
  const height = swap ? image.width : image.height;
  const source = createCanvas(image.width, image.height);
  source.getContext('2d').putImageData(grayToRgba(image), 0, 0);
  const sheet = createCanvas(width, height);
  const ctx = sheet.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(((turns * 90 + (page.skewDegrees ?? 0)) * Math.PI) / 180);
  ctx.drawImage(source, -image.width / 2, -image.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const pixels = ctx.getImageData(0, 0, width, height);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const speck = random() < noise.specks;
    const v = speck ? random() * 256 : pixels.data[i]! + (random() - 0.5) * noise.grain;
    pixels.data[i] = pixels.data[i + 1] = pixels.data[i + 2] = v;
  }
  ctx.putImageData(pixels, 0, 0);
  return { jpeg: sheet.toBuffer('image/jpeg', quality), width, height };
}

/**
 * Renders `text` (pages split on form feeds, each fitting one PDF page) as a scanned,
 * image-only PDF; pages marked `keepText` stay text-layer pages, which makes a mixed document.
 *
 * @returns the PDF bytes.
 */
export async function renderScannedPdf(text: string, options: RenderScannedPdfOptions = {}): Promise<Buffer> {
  const fontSize = options.fontSize ?? 10.5;
  const pageTexts = text.replace(/\r\n?/g, '\n').split('\f');
  const textPdf = await renderTextPdf(text, { fontSize });
  const dpi = options.dpi ?? 200;
  const random = seededRandom(options.seed ?? 1);
  const session = await openPdf(new Uint8Array(textPdf), 10_000, new AbortController().signal);
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { CreationDate: new Date(Date.UTC(2020, 0, 1)) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    for (let n = 1; n <= session.numPages; n++) {
      const page = options.pages?.[n - 1] ?? {};
      if (page.keepText) {
        drawTextPage(doc, pageTexts[n - 1] ?? '', fontSize);
        continue;
      }
      const scan = await scanPage(await session.render(n, dpi), page, random, { specks: options.noise ?? 0.0015, grain: options.grain ?? 24 }, options.jpegQuality ?? 80);
      const [w, h] = [(scan.width * 72) / dpi, (scan.height * 72) / dpi];
      doc.addPage({ size: [w, h], margin: 0 });
      doc.image(scan.jpeg, 0, 0, { width: w, height: h });
    }
  } finally {
    await session.close();
  }
  doc.end();
  return done;
}
