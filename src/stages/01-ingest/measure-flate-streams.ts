import { constants, inflateSync } from 'node:zlib';

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

/** The dictionary text of the object whose `stream` keyword is at `at`. */
function dictBefore(bytes: Buffer, at: number): string {
  const window = bytes.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  const start = window.lastIndexOf(' obj');
  return start >= 0 ? window.slice(start) : window;
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
 * inflated with a hard output cap, one stream at a time, so this check itself stays within
 * `perStreamBytes` of memory. Other filters (LZW, ASCII85 before Flate) are not measured.
 */
export function measureFlateStreams(file: Uint8Array, limits: InflateLimits): FlateMeasure {
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
      const filters = filtersOf(dictBefore(bytes, at));
      let data: Buffer = bytes.subarray(dataStart, next);
      let inflated = false;
      for (const f of filters) {
        if (f !== 'FlateDecode' && f !== 'Fl') break;
        const room = Math.min(limits.perStreamBytes, limits.totalBytes - total);
        const out = room > 0 ? inflateBounded(data, room) : null;
        if (out === null) return { inflatedBytes: total + Math.max(0, room), overLimit: true };
        if (out === undefined) break;
        data = out;
        inflated = true;
      }
      // Only the final output is kept by a reader; intermediate layers are transient.
      if (inflated) total += data.length;
      at = bytes.indexOf(STREAM, next + END_STREAM.length);
    } else {
      at = bytes.indexOf(STREAM, at + STREAM.length);
    }
  }
  return { inflatedBytes: total, overLimit: false };
}
