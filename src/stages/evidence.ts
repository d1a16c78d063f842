/**
 * Evidence spans: the one place that turns offsets into an `Evidence` object, so every fact's
 * `text` is exactly `document.text.slice(start, end)` and `page`/`section` are computed the same way.
 */
import type { Evidence } from '../types/facts.js';
import type { SegmentedDocument, Span } from '../types/pipeline.js';
import { isSpaceCode } from '../text/space-char.js';

/** 1-based page holding `offset`, by binary search over `pageOffsets`. */
export function pageAt(pageOffsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageOffsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageOffsets[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Index of the section holding `offset`, or -1. Sections are sorted and do not overlap. */
export function sectionIndexAt(doc: Pick<SegmentedDocument, 'sections'>, offset: number): number {
  const s = doc.sections;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sec = s[mid]!;
    if (offset < sec.start) hi = mid - 1;
    else if (offset >= sec.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}


/** Whitespace or a trailing `,;:` that evidence text drops at its end. */
function isTrailingJunk(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isSpaceCode(c);
}

/**
 * Evidence for `span`, trimmed of surrounding whitespace and trailing `.,;:` so the quoted
 * text reads cleanly. Throws on an empty or out-of-range span: a fact without evidence is a bug.
 */
export function makeEvidence(doc: SegmentedDocument, span: Span): Evidence {
  let { start, end } = span;
  const t = doc.text;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= t.length && start < end)) {
    throw new RangeError(`evidence span ${start}-${end} out of range 0-${t.length}`);
  }
  while (start < end && isSpaceCode(t.charCodeAt(start))) start++;
  while (end > start && isTrailingJunk(t.charCodeAt(end - 1))) end--;
  if (start === end) throw new RangeError(`evidence span ${span.start}-${span.end} is blank`);
  const idx = sectionIndexAt(doc, start);
  return {
    page: pageAt(doc.pageOffsets, start),
    start,
    end,
    section: idx >= 0 ? (doc.sections[idx]!.name ?? null) : null,
    text: t.slice(start, end),
  };
}
