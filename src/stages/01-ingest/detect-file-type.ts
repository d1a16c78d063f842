import { detectTextEncoding } from './detect-text-encoding.js';

/** What the first bytes of a file say it is. */
export type FileType = 'pdf' | 'text' | 'unknown';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Readers tolerate junk before the header (mail gateways and scanners prepend some), so the
 * magic is searched for in the first KiB, as Acrobat does, rather than only at offset 0.
 */
const PDF_HEADER_WINDOW = 1024;

function findPdfMagic(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/**
 * Classifies a file by its content, never its name: `%PDF-` near the start is a PDF; bytes that
 * decode as text in a supported encoding (see `detectTextEncoding`: UTF-8, UTF-16 with or without
 * a byte-order mark, Windows-1252/Latin-1) without binary control characters are text; anything
 * else, e.g. a PNG renamed `.pdf`, is unknown.
 */
export function detectFileType(bytes: Uint8Array): FileType {
  if (findPdfMagic(bytes)) return 'pdf';
  return detectTextEncoding(bytes) === null ? 'unknown' : 'text';
}
