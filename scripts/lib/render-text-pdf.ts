/**
 * Renders plain text to a text-layer PDF, one PDF page per form-feed-separated page, keeping the
 * source line layout. Used by tests, sample generation and `npm run eval` to put `.txt` records
 * through the same PDF ingest path as real files.
 */
import PDFDocument from 'pdfkit';

/** Options for {@link renderTextPdf}; every field has a default. */
export interface RenderTextPdfOptions {
  /** Courier size in points. Default 8, which fits 112 columns inside the default margins (the widest dev-corpus line is 111). */
  readonly fontSize?: number;
  /** Page margin in points on every side. Default 36 (half an inch). */
  readonly margin?: number;
  /** Baseline-to-baseline distance as a multiple of the font size. Default 1.2. */
  readonly lineSpacing?: number;
  /** Page size in points, [width, height]. Default US Letter [612, 792]. */
  readonly pageSize?: readonly [number, number];
  /** Document title written into the PDF info dictionary. Default none. */
  readonly title?: string;
  /**
   * Creation date written into the PDF. Fixed by default (2020-01-01T00:00:00Z) because pdfkit
   * derives the file id from it, and a fixed value keeps the output byte-for-byte reproducible.
   */
  readonly creationDate?: Date;
}

const DEFAULTS = {
  fontSize: 8,
  margin: 36,
  lineSpacing: 1.2,
  pageSize: [612, 792] as const,
  creationDate: new Date(Date.UTC(2020, 0, 1)),
};

/** Courier's advance width is 600/1000 em for every glyph, which makes columns exact. */
const COURIER_ADVANCE = 0.6;

const TAB_STOP = 8;

/** Replaces tabs with spaces to the next 8-column stop so columns survive in a monospace font. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}

/**
 * Splits a line wider than `columns` into pieces that fit, breaking at the last space before the
 * limit (or hard at the limit when a single word is wider). Only a fallback: source lines are
 * normally narrower than the page.
 */
export function wrapLine(line: string, columns: number): string[] {
  const pieces: string[] = [];
  let rest = line.replace(/\s+$/, '');
  while (rest.length > columns) {
    const cut = rest.lastIndexOf(' ', columns);
    const at = cut > 0 ? cut : columns;
    pieces.push(rest.slice(0, at).replace(/\s+$/, ''));
    rest = rest.slice(at).replace(/^ +/, '');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Renders `text` to a PDF with an extractable text layer.
 *
 * Pages are split on form feeds (`\f`); each becomes at least one PDF page (a page with more lines
 * than fit continues on the next PDF page). Lines are drawn one by one at fixed positions in
 * Courier, with leading indentation kept as horizontal offset, so the text layer reads back line by
 * line in source order. Output is deterministic for the same input and options.
 *
 * @param text - the document text; `\r\n` is treated as `\n`.
 * @param options - layout settings; see {@link RenderTextPdfOptions}.
 * @returns the PDF bytes.
 */
export function renderTextPdf(text: string, options: RenderTextPdfOptions = {}): Promise<Buffer> {
  const fontSize = options.fontSize ?? DEFAULTS.fontSize;
  const margin = options.margin ?? DEFAULTS.margin;
  const lineHeight = fontSize * (options.lineSpacing ?? DEFAULTS.lineSpacing);
  const [width, height] = options.pageSize ?? DEFAULTS.pageSize;
  const charWidth = fontSize * COURIER_ADVANCE;
  const columns = Math.max(1, Math.floor((width - 2 * margin) / charWidth + 1e-9));
  const linesPerPage = Math.max(1, Math.floor((height - 2 * margin) / lineHeight));

  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    size: [width, height],
    margin,
    info: {
      CreationDate: options.creationDate ?? DEFAULTS.creationDate,
      ...(options.title === undefined ? {} : { Title: options.title }),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  for (const page of pages) {
    const lines = page.replace(/^\n/, '').replace(/\n$/, '').split('\n').map(expandTabs);
    const laidOut = lines.flatMap((line) => wrapLine(line, columns));
    for (let first = 0; first === 0 || first < laidOut.length; first += linesPerPage) {
      doc.addPage({ size: [width, height], margin });
      doc.font('Courier').fontSize(fontSize);
      const slice = laidOut.slice(first, first + linesPerPage);
      slice.forEach((line, i) => {
        const body = line.trimStart();
        if (body.length === 0) return;
        const indent = line.length - body.length;
        // Draw without pdfkit's own wrapping: positions are ours, so layout is exactly the source's.
        doc.text(body, margin + indent * charWidth, margin + i * lineHeight, { lineBreak: false });
      });
    }
  }
  doc.end();
  return done;
}
