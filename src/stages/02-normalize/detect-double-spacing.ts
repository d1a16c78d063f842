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
 * Per page, whether it is double spaced: nearly every pair of its consecutive lines is separated by
 * exactly one blank line, and somewhere in the document a gap has two or more (the paragraph
 * marks). Pages decide on their own because one document may mix them (a double-spaced case
 * summary, then a single-spaced decision page). Requiring the wider gaps matters: normalized output
 * never has them, so the output is never taken for double spaced, which keeps normalization idempotent.
 */
export function detectDoubleSpacing(pages: readonly (readonly PageLine[])[]): boolean[] {
  const counts = pages.map((lines) => {
    let tight = 0;
    let single = 0;
    let wide = 0;
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
    return { tight, single, wide };
  });
  const spaced = ({ tight, single, wide }: { tight: number; single: number; wide: number }): boolean => {
    const gaps = tight + single + wide;
    return gaps > 0 && tight / gaps <= MAX_TIGHT_SHARE && single / gaps >= MIN_SINGLE_SHARE;
  };
  const wideSomewhere = counts.some((c) => c.wide > 0 && spaced(c));
  return counts.map((c) => wideSomewhere && spaced(c));
}
