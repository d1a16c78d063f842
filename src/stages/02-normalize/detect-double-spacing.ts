/**
 * Detects text extracted "double spaced": a blank line after every line, with paragraphs marked
 * by two or more blank lines. Some PDF text layers come out this way.
 */
import type { PageLine } from './split-lines.js';

/** At most this share of line-to-line gaps may have no blank line in a double-spaced text. */
const MAX_TIGHT_SHARE = 0.1;
/** At least this share of gaps must be exactly one blank line. */
const MIN_SINGLE_SHARE = 0.5;

/**
 * True when, across the document, nearly every pair of consecutive lines is separated by exactly
 * one blank line and at least one gap has two or more (the paragraph marks). Requiring those
 * wider gaps matters: normalized output never has them, so the output is never taken for double
 * spaced, which keeps normalization idempotent.
 */
export function detectDoubleSpacing(pages: readonly (readonly PageLine[])[]): boolean {
  let tight = 0;
  let single = 0;
  let wide = 0;
  for (const lines of pages) {
    let blanks = -1; // -1 until the first non-blank line of the page
    for (const line of lines) {
      if (line.text === '') {
        if (blanks >= 0) blanks++;
        continue;
      }
      if (blanks === 0) tight++;
      else if (blanks === 1) single++;
      else if (blanks > 1) wide++;
      blanks = 0;
    }
  }
  const gaps = tight + single + wide;
  return wide > 0 && gaps > 0 && tight / gaps <= MAX_TIGHT_SHARE && single / gaps >= MIN_SINGLE_SHARE;
}
