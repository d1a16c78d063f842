import { ChartfactsError } from '../../errors/chartfacts-error.js';
import type { RawPage } from '../../types/pipeline.js';
import { detectTextEncoding } from './detect-text-encoding.js';

/**
 * Windows-1252's characters at 0x80-0x9F (curly quotes, dashes, euro sign, ...); undefined ones
 * never get here. Node's TextDecoder decodes the 'windows-1252' label as plain ISO-8859-1, which
 * would turn a curly quote into an invisible C1 control, so the table is applied here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeText(bytes: Uint8Array): string {
  const encoding = detectTextEncoding(bytes);
  if (encoding === null) throw new ChartfactsError('unsupported_encoding', 'the text is not UTF-8, UTF-16 or Windows-1252/Latin-1 text without control characters');
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false).
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Reads a plain-text record into raw pages: a form feed is a page break, and each page's text is
 * kept exactly as written (normalization is a later stage). A trailing form feed does not make
 * an extra empty page.
 *
 * Encodings are told apart as `detectTextEncoding` documents (byte-order mark, then UTF-8, then
 * UTF-16 by its zero bytes, then Windows-1252/Latin-1).
 *
 * @throws ChartfactsError `unsupported_encoding` when the bytes are text in none of those.
 */
export function readTextFile(bytes: Uint8Array): RawPage[] {
  const parts = decodeText(bytes).split('\f');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((text, i) => ({ page: i + 1, text, source: 'text' as const }));
}
