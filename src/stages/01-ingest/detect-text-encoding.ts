/** Text encodings chartfacts reads, as WHATWG TextDecoder labels. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** C0 controls other than tab, LF, VT, FF and CR, and DEL: text files do not contain them. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** Byte values Windows-1252 leaves undefined; a file holding them is not written in it. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * Share of bytes above 0x7F beyond which single-byte text is not believed: accented letters in
 * English or Spanish letters are a few percent, while binary data is about half.
 */
const MAX_HIGH_SHARE = 0.3;
/** Bytes looked at to guess UTF-16 without a byte-order mark. */
const UTF16_PROBE = 4096;
/** Share of code units whose high byte is zero for ASCII-heavy UTF-16 (English is nearly all). */
const UTF16_ZERO_SHARE = 0.4;

function decodes(bytes: Uint8Array, encoding: TextEncoding): boolean {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) if (isBinaryControl(text.charCodeAt(i))) return false;
  return true;
}

/** UTF-16 byte order guessed from where the zero bytes of ASCII characters fall, or null. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_PROBE) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros / units >= UTF16_ZERO_SHARE && evenZeros === 0) return 'utf-16le';
  if (evenZeros / units >= UTF16_ZERO_SHARE && oddZeros === 0) return 'utf-16be';
  return null;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * Whether any well-formed UTF-8 multi-byte character occurs. Latin-1 text practically never
 * holds one (it would take a pair like "Ã©"), so a file that has one but is not valid UTF-8 as a
 * whole is damaged UTF-8, and reading it as Latin-1 would garble every accented letter.
 */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (extra === 0) continue;
    let ok = true;
    for (let k = 1; k <= extra; k++) ok &&= isContinuation(bytes[i + k]);
    if (ok) return true;
  }
  return false;
}

function isWindows1252Text(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (isBinaryControl(b) || UNDEFINED_1252.has(b)) return false;
    if (b >= 0x80) high++;
  }
  return high / Math.max(1, bytes.length) <= MAX_HIGH_SHARE && !hasUtf8Sequence(bytes);
}

/**
 * Decides how a text file is encoded, or that it is not text (null):
 * 1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * 2. bytes that are valid UTF-8 are UTF-8 (pure ASCII included);
 * 3. UTF-16 without a mark is recognised by zero high bytes on one side of every pair;
 * 4. anything else is read as Windows-1252 (a superset of Latin-1's printable range, what
 *    "ANSI" Windows editors save) if it holds no control or undefined bytes, few high ones, and
 *    no well-formed UTF-8 character (which would make it damaged UTF-8, refused rather than
 *    garbled).
 * In every case the decoded text must hold no binary control characters (NUL, ESC, ...), which
 * is what keeps images and archives out.
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodes(bytes, 'utf-8') ? 'utf-8' : null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodes(bytes, 'utf-16le') ? 'utf-16le' : null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodes(bytes, 'utf-16be') ? 'utf-16be' : null;
  if (decodes(bytes, 'utf-8')) return 'utf-8';
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodes(bytes, utf16) ? utf16 : null;
  return isWindows1252Text(bytes) ? 'windows-1252' : null;
}
