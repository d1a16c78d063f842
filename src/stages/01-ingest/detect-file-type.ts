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

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** C0 controls other than tab, LF, VT, FF and CR, and DEL: text files do not contain them. */
function isBinaryControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Classifies a file by its content, never its name: `%PDF-` near the start is a PDF; valid UTF-8
 * (or UTF-16 with a byte-order mark) without binary control characters is text; anything else,
 * e.g. a PNG renamed `.pdf`, is unknown.
 */
export function detectFileType(bytes: Uint8Array): FileType {
  if (findPdfMagic(bytes)) return 'pdf';
  if (hasUtf16Bom(bytes)) return 'text';
  try {
    utf8.decode(bytes);
  } catch {
    return 'unknown';
  }
  return bytes.some(isBinaryControl) ? 'unknown' : 'text';
}
