import type { PdfWarning } from './pdf-protocol.js';

/** The slice of a pdfjs page the scan reads. */
export interface PdfPageLike {
  getAnnotations(): Promise<ReadonlyArray<Record<string, unknown>>>;
  getJSActions(): Promise<Record<string, unknown> | null>;
}

/** The slice of a pdfjs document the scan reads. */
export interface PdfDocumentLike {
  getJSActions(): Promise<Record<string, unknown> | null>;
  getAttachments(): Promise<Record<string, unknown> | null>;
  getPage(n: number): Promise<PdfPageLike>;
}

/**
 * PDF name tokens for active content as they appear in uncompressed objects. The byte scan
 * catches what pdfjs does not surface (a Launch action is reported only as a link target), and
 * pdfjs catches what compression hides from the byte scan.
 */
const RAW_MARKERS: ReadonlyArray<readonly [RegExp, PdfWarning['code']]> = [
  [/\/(?:JavaScript|JS)[\s/(<[]/, 'embedded_javascript'],
  [/\/Launch[\s/>]/, 'launch_action'],
  [/\/EmbeddedFiles?[\s/<[]/, 'embedded_files'],
];

/** Link targets a reader would open outside the document rather than browse to. */
const SAFE_URL = /^(?:https?|mailto):/i;

/**
 * Byte-level half of the scan; run it before pdfjs takes (and detaches) the buffer. Bytes are
 * read as Latin-1 so every byte maps to one char and name tokens match literally.
 */
export function scanRawMarkers(bytes: Uint8Array): Set<PdfWarning['code']> {
  const found = new Set<PdfWarning['code']>();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const [pattern, code] of RAW_MARKERS) if (pattern.test(text)) found.add(code);
  return found;
}

function hasEntries(value: Record<string, unknown> | null): boolean {
  return value !== null && Object.keys(value).length > 0;
}

async function scanPage(page: PdfPageLike, pageNumber: number, out: PdfWarning[]): Promise<void> {
  if (hasEntries(await page.getJSActions())) out.push({ code: 'embedded_javascript', page: pageNumber });
  for (const annot of await page.getAnnotations()) {
    if (annot['actions'] && typeof annot['actions'] === 'object' && hasEntries(annot['actions'] as Record<string, unknown>)) {
      out.push({ code: 'embedded_javascript', page: pageNumber });
    }
    const unsafe = annot['unsafeUrl'];
    if (typeof unsafe === 'string' && !SAFE_URL.test(unsafe)) out.push({ code: 'launch_action', page: pageNumber });
    if (annot['file'] || annot['attachment']) out.push({ code: 'embedded_files', page: pageNumber });
  }
}

/**
 * Looks for JavaScript, launch actions and attachments. None of them is ever run or opened (pdfjs
 * runs without eval or scripting); they are reported because their presence in a medical record
 * is suspicious. Returns each code at most once per page (document-level ones without a page).
 */
export async function scanActiveContent(rawCodes: ReadonlySet<PdfWarning['code']>, doc: PdfDocumentLike, numPages: number): Promise<PdfWarning[]> {
  const found: PdfWarning[] = [];
  if (hasEntries(await doc.getJSActions())) found.push({ code: 'embedded_javascript' });
  if (hasEntries(await doc.getAttachments())) found.push({ code: 'embedded_files' });
  for (let n = 1; n <= numPages; n++) await scanPage(await doc.getPage(n), n, found);
  for (const code of rawCodes) if (!found.some((w) => w.code === code)) found.push({ code });
  const seen = new Set<string>();
  return found.filter((w) => {
    const key = `${w.code}@${w.page ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
