/**
 * Maps an offset in normalized text back to the page's raw text it came from.
 */
import type { NormalizedText } from '../../types/pipeline.js';

/** A position in one page's raw text. */
export interface RawPosition {
  /** 1-based page number. */
  readonly page: number;
  /** Offset in that page's raw text (`RawPage.text`). */
  readonly offset: number;
}

/**
 * Returns where `offset` of `normalized.text` lies in the raw page text. Inside a copied segment
 * the mapping is exact, and an offset just past a segment (an exclusive span end) maps just past
 * its raw source. An offset on inserted text (a space that replaced a line break, a page separator)
 * maps to the end of the nearest copied text before it, or to the start of the first segment.
 * Returns null when the text has no segments.
 */
export function toRawOffset(normalized: NormalizedText, offset: number): RawPosition | null {
  const segs = normalized.segments;
  if (segs.length === 0) return null;
  // Binary search for the last segment starting at or before `offset`.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  if (offset < seg.start) return { page: seg.page, offset: seg.rawStart };
  const within = Math.min(offset - seg.start, seg.length);
  return { page: seg.page, offset: seg.rawStart + within };
}
