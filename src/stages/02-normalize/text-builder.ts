/**
 * Accumulates normalized text together with the segments that map it back to raw page text.
 */
import type { OffsetSegment } from '../../types/pipeline.js';

/** Appends text and records, for every verbatim copy, where it came from. */
export interface TextBuilder {
  /** Current length of the built text. */
  readonly length: number;
  /** Copies `raw.slice(from, to)` of page `page` verbatim, extending the last segment when contiguous. */
  copy(page: number, raw: string, from: number, to: number): void;
  /** Appends text that has no verbatim source (a space replacing a line break, a page separator). */
  insert(text: string): void;
  /** The text so far and its segments; call it once, when done (the segments are not copied). */
  finish(): { text: string; segments: OffsetSegment[] };
}

interface MutableSegment {
  start: number;
  length: number;
  page: number;
  rawStart: number;
}

/** Creates an empty {@link TextBuilder}. */
export function createTextBuilder(): TextBuilder {
  const parts: string[] = [];
  const segments: MutableSegment[] = [];
  let length = 0;
  // The copy in progress is only sliced out when it stops being contiguous: one string per
  // segment instead of one per word keeps allocation (and GC) low.
  let pendingRaw = '';
  let pendingFrom = 0;
  let pendingTo = 0;
  const flush = (): void => {
    if (pendingTo > pendingFrom) parts.push(pendingRaw.slice(pendingFrom, pendingTo));
    pendingFrom = pendingTo = 0;
  };
  return {
    get length() {
      return length;
    },
    copy(page, raw, from, to) {
      if (to <= from) return;
      const last = segments[segments.length - 1];
      if (last && last.page === page && last.start + last.length === length && last.rawStart + last.length === from && pendingRaw === raw && pendingTo === from) {
        last.length += to - from;
        pendingTo = to;
      } else {
        flush();
        segments.push({ start: length, length: to - from, page, rawStart: from });
        pendingRaw = raw;
        pendingFrom = from;
        pendingTo = to;
      }
      length += to - from;
    },
    insert(text) {
      flush();
      parts.push(text);
      length += text.length;
    },
    finish() {
      flush();
      // handed over as they are (no copy): the caller re-bases them onto the whole text anyway
      return { text: parts.join(''), segments };
    },
  };
}
