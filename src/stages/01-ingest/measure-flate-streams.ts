import { constants, createInflate, inflateSync } from 'node:zlib';

/** Bounds on what a PDF's deflated streams may inflate to. */
export interface InflateLimits {
  /** Largest inflated size of one stream, in bytes. */
  readonly perStreamBytes: number;
  /** Largest inflated size of all streams together, in bytes. */
  readonly totalBytes: number;
}

/** What the measurement found. */
export interface FlateMeasure {
  /** Inflated bytes counted (up to the point a limit was hit). */
  readonly inflatedBytes: number;
  /** True when a stream or the whole file would inflate past its limit. */
  readonly overLimit: boolean;
}

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
/** How far back from `stream` the dictionary is looked for; real stream dictionaries are short. */
const DICT_WINDOW = 4096;
const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/;

/** Filter names of a stream dictionary, in the order they are applied when decoding. */
function filtersOf(dict: string): string[] {
  const m = FILTER.exec(dict);
  return m ? (m[1]!.match(/\/[A-Za-z0-9]+/g) ?? []).map((n) => n.slice(1)) : [];
}

/** Bytes RunLengthDecode produces from `data`, counted without producing them. */
function runLengthSize(data: Uint8Array): number {
  let out = 0;
  for (let i = 0; i < data.length; ) {
    const n = data[i]!;
    if (n === 128) break; // end of data
    if (n < 128) {
      out += n + 1;
      i += n + 2;
    } else {
      out += 257 - n;
      i += 2;
    }
  }
  return out;
}

/**
 * Bytes LZWDecode produces from `data`, counted without producing them: only each dictionary
 * entry's length is tracked (4,096 numbers), so a 12-bit LZW bomb costs no memory to measure.
 * `earlyChange` is the stream's /EarlyChange (default 1).
 */
function lzwSize(data: Uint8Array, earlyChange: number): number {
  const lengths = new Uint32Array(4096);
  let next = 258;
  let width = 9;
  let prev = -1;
  let out = 0;
  let bits = 0;
  let acc = 0;
  for (const byte of data) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= width) {
      bits -= width;
      const code = (acc >>> bits) & ((1 << width) - 1);
      acc &= (1 << bits) - 1;
      if (code === 256) {
        next = 258;
        width = 9;
        prev = -1;
        continue;
      }
      if (code === 257) return out;
      let length: number;
      if (code < 256) length = 1;
      else if (code < next) length = lengths[code]!;
      else if (code === next && prev >= 0) length = (prev < 256 ? 1 : lengths[prev]!) + 1;
      else return out; // damaged: the parser stops here too
      out += length;
      if (prev >= 0 && next < 4096) lengths[next++] = (prev < 256 ? 1 : lengths[prev]!) + 1;
      prev = code;
      if (next + earlyChange >= 1 << width && width < 12) width++;
    }
  }
  return out;
}

/** Filters whose output this module measures. */
const MEASURED = new Set(['FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL', 'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85']);

/** ASCIIHexDecode: output is half the input at most, so it is simply decoded. */
function asciiHexDecode(data: Uint8Array): Buffer {
  const digits = Buffer.from(data).toString('latin1').split('>')[0]!.replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

/** ASCII85Decode: output is at most four fifths of the input (or 4 bytes per `z`), so it is decoded. */
function ascii85Decode(data: Uint8Array): Buffer {
  const text = Buffer.from(data).toString('latin1').split('~>')[0]!.replace(/\s/g, '');
  let zeros = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x7a) zeros++;
  const out = Buffer.alloc(Math.ceil((text.length * 4) / 5) + zeros * 4);
  let at = 0;
  let value = 0;
  let count = 0;
  const flush = (n: number): void => {
    for (let i = count; i < 5; i++) value = value * 85 + 84;
    for (let i = 0; i < n; i++) out[at++] = Math.floor(value / 256 ** (3 - i)) % 256;
    value = 0;
    count = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7a && count === 0) {
      at += 4; // four zero bytes, already zero
      continue;
    }
    const c = ch - 33;
    if (c < 0 || c > 84) break; // damaged: stop where a reader would
    value = value * 85 + c;
    if (++count === 5) flush(4);
  }
  if (count > 1) flush(count - 1);
  return out.subarray(0, at);
}

const EARLY_CHANGE = /\/EarlyChange\s+(\d)/;

/** The dictionary text of the object whose `stream` keyword is at `at`. */
function dictBefore(bytes: Buffer, at: number): string {
  const window = bytes.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  const start = window.lastIndexOf(' obj');
  return start >= 0 ? window.slice(start) : window;
}

/**
 * Output up to this size is inflated in one synchronous call; bigger output is counted in a
 * stream without being kept, so measuring a bomb costs this much memory, not its limit.
 */
const SYNC_INFLATE_BYTES = 8 * 1024 * 1024;

/**
 * Counts what `data` inflates to without keeping it, stopping past `max`.
 * @returns the size, `null` past the limit, or `undefined` when zlib reads nothing at all.
 */
function countInflated(data: Buffer, max: number): Promise<number | null | undefined> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let n = 0;
    let settled = false;
    const settle = (v: number | null | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > max) {
        settle(null);
        inflate.destroy();
      }
    });
    inflate.on('end', () => settle(n));
    // Damage after some output is the parser's business, as in inflateBounded.
    inflate.on('error', () => settle(n > 0 ? n : undefined));
    inflate.end(data);
  });
}

/**
 * Inflates `data` once, stopping as soon as the output would pass `max` bytes.
 * @returns the inflated bytes, `null` past the limit, or `undefined` for data zlib cannot read
 *   (left for the PDF parser to judge: damage is not a memory risk).
 */
function inflateBounded(data: Buffer, max: number): Buffer | null | undefined {
  try {
    // A sync flush accepts a stream cut short, as PDF readers do.
    return inflateSync(data, { maxOutputLength: Math.max(1, max), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? null : undefined;
  }
}

/**
 * Measures what the file's deflated streams inflate to, before a PDF parser decodes them: pdfjs
 * keeps a stream's whole decoded output in one growing buffer outside the JavaScript heap, so a
 * few hundred KB deflated twice (a decompression bomb) would otherwise cost gigabytes the
 * thread's heap limit never sees. Streams are found by their `stream` keyword in the raw bytes
 * (streams cannot live inside object streams), and each run of leading FlateDecode filters is
 * inflated with a hard output cap, one stream at a time; large output is counted as it streams
 * and not kept, so the check itself needs about 8 MB whatever the file claims. RunLengthDecode and LZWDecode (alone or after Flate) are measured
 * by counting their output without producing it, and ASCIIHex/ASCII85 layers (which shrink data)
 * are decoded so what they wrap is measured. A filter after LZW or run-length, and image codecs
 * (DCT, JPX, JBIG2, CCITT; bounded by the decoder's image size limit instead), are not.
 */
export async function measureFlateStreams(file: Uint8Array, limits: InflateLimits): Promise<FlateMeasure> {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let total = 0;
  let at = bytes.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && bytes.toString('latin1', at - 3, at) === 'end';
    let dataStart = at + STREAM.length;
    if (bytes[dataStart] === 0x0d) dataStart++;
    if (bytes[dataStart] === 0x0a) dataStart++;
    const next = isEnd || dataStart === at + STREAM.length ? -1 : bytes.indexOf(END_STREAM, dataStart);
    if (next >= 0) {
      const dict = dictBefore(bytes, at);
      const filters = filtersOf(dict);
      // The end-of-line before `endstream` is not data.
      let end = next;
      if (bytes[end - 1] === 0x0a) end--;
      if (bytes[end - 1] === 0x0d) end--;
      let data: Buffer = bytes.subarray(dataStart, Math.max(dataStart, end));
      let produced = -1;
      for (const [i, f] of filters.entries()) {
        const room = Math.min(limits.perStreamBytes, limits.totalBytes - total);
        if (f === 'RunLengthDecode' || f === 'RL' || f === 'LZWDecode' || f === 'LZW') {
          // Counted, not decoded, so a filter after either is not measured.
          produced = f.startsWith('R') ? runLengthSize(data) : lzwSize(data, Number(EARLY_CHANGE.exec(dict)?.[1] ?? 1));
          if (produced > room) return { inflatedBytes: total + produced, overLimit: true };
          break;
        }
        if (f === 'ASCIIHexDecode' || f === 'AHx' || f === 'ASCII85Decode' || f === 'A85') {
          // Text encodings shrink the data; decoding them lets a bomb wrapped in one be measured.
          data = f.startsWith('ASCIIHex') || f === 'AHx' ? asciiHexDecode(data) : ascii85Decode(data);
          produced = data.length;
          continue;
        }
        if (f !== 'FlateDecode' && f !== 'Fl') break;
        const out = room > 0 ? inflateBounded(data, Math.min(room, SYNC_INFLATE_BYTES)) : null;
        if (out === undefined) break;
        if (out !== null) {
          data = out;
          produced = out.length;
          continue;
        }
        if (room <= SYNC_INFLATE_BYTES) return { inflatedBytes: total + Math.max(0, room), overLimit: true };
        // Big output: the last measured layer is only counted; a layer that feeds another
        // measured filter has to be kept, within the same limit.
        const feedsMore = MEASURED.has(filters[i + 1] ?? '');
        if (feedsMore) {
          const kept = inflateBounded(data, room);
          if (kept === null) return { inflatedBytes: total + room, overLimit: true };
          if (kept === undefined) break;
          data = kept;
          produced = kept.length;
          continue;
        }
        const counted = await countInflated(data, room);
        if (counted === null) return { inflatedBytes: total + room, overLimit: true };
        if (counted !== undefined) produced = counted;
        break;
      }
      // Only the final output is kept by a reader; intermediate layers are transient.
      if (produced >= 0) total += produced;
      at = bytes.indexOf(STREAM, next + END_STREAM.length);
    } else {
      at = bytes.indexOf(STREAM, at + STREAM.length);
    }
  }
  return { inflatedBytes: total, overLimit: false };
}
