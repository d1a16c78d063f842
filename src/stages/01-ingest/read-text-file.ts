import { ChartfactsError } from '../../errors/chartfacts-error.js';
import type { RawPage } from '../../types/pipeline.js';

function decodeText(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const encoding = le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (err) {
    throw new ChartfactsError('unsupported_encoding', undefined, { cause: err });
  }
}

/**
 * Reads a plain-text record into raw pages: a form feed is a page break, and each page's text is
 * kept exactly as written (normalization is a later stage). A trailing form feed does not make
 * an extra empty page.
 *
 * @throws ChartfactsError `unsupported_encoding` when the bytes are not valid UTF-8/UTF-16.
 */
export function readTextFile(bytes: Uint8Array): RawPage[] {
  const parts = decodeText(bytes).split('\f');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((text, i) => ({ page: i + 1, text, source: 'text' as const }));
}
