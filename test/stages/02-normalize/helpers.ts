/** Shared helpers for the normalization tests. */
import { expect } from 'vitest';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import type { NormalizedText, RawPage } from '../../../src/types/pipeline.js';

/** Raw pages from page texts, numbered from 1. */
export function pagesOf(texts: readonly string[]): RawPage[] {
  return texts.map((text, i) => ({ page: i + 1, text, source: 'text' as const }));
}

/** Raw pages from a `.txt` record (form feed = page break, as ingest reads it). */
export function pagesOfTxt(source: string): RawPage[] {
  const parts = source.split('\f');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return pagesOf(parts);
}

/** The normalized text cut back into pages at `pageOffsets`. */
export function splitAtPageOffsets(n: NormalizedText): string[] {
  return n.pageOffsets.map((start, i) => n.text.slice(start, n.pageOffsets[i + 1] ?? n.text.length));
}

/** Normalizes the output of a normalization again, page by page. */
export function renormalize(n: NormalizedText): NormalizedText {
  return normalizeText(pagesOf(splitAtPageOffsets(n)));
}

/** Every whitespace run as one space, ends trimmed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Checks the offset map: segments are ordered and disjoint, each slices exactly onto its page's
 * raw text, and every non-whitespace character of the output is covered by some segment.
 */
export function expectExactSegments(pages: readonly RawPage[], n: NormalizedText): void {
  const covered = new Uint8Array(n.text.length);
  let prevEnd = 0;
  for (const seg of n.segments) {
    expect(seg.length).toBeGreaterThan(0);
    expect(seg.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = seg.start + seg.length;
    const raw = pages.find((p) => p.page === seg.page);
    expect(raw, `page ${seg.page} exists`).toBeDefined();
    const out = n.text.slice(seg.start, seg.start + seg.length);
    const src = raw!.text.slice(seg.rawStart, seg.rawStart + seg.length);
    if (out !== src) expect(out).toBe(src);
    covered.fill(1, seg.start, seg.start + seg.length);
  }
  for (let i = 0; i < n.text.length; i++) {
    if (!covered[i] && !/\s/.test(n.text[i]!)) {
      expect.fail(`character ${JSON.stringify(n.text[i])} at ${i} is not mapped to raw text`);
    }
  }
}
