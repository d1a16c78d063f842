/**
 * Decides what becomes of a single line break between two non-blank lines of one page.
 */
import type { LineShape } from './describe-line.js';

/**
 * - `newline`: a real break (list items, labels, headings, sentence ends) — kept.
 * - `space`: a wrap inside a sentence — replaced by one space.
 * - `dehyphenate`: a word split across the line end — the hyphen and break are removed.
 * - `tight`: a break right after a hyphen that belongs to the text ("L4-" / "L5") — removed.
 */
/** A line at least this long that ends in a word was most likely wrapped by the page width. */
const WRAPPED_LINE_MIN = 50;
/** A labelled row shorter than this is not wrapped prose, whose lines run near the page width. */
const LABEL_ROW_MAX = 75;

export type BreakAction = 'newline' | 'space' | 'dehyphenate' | 'tight';

/**
 * Chooses the action for the break between `prev` and `next`. `prev` describes the line built so
 * far: its start (list item, label, capitals) from its first physical line, its end from its last. Only features that joining cannot change are read, so a second pass over the output
 * decides every surviving break the same way.
 */
export function decideBreak(prev: LineShape, next: LineShape, underSides = false): BreakAction {
  // Structure wins: a new item, label or heading always starts its own line.
  if (next.listItem || next.label || next.capitals || prev.capitals) return 'newline';
  // A ruled table's rows and borders each keep their line; so do the rows of a table numbered
  // in its first column, under its "#" header or another such row.
  if (next.tableRow || prev.tableRow) return 'newline';
  if (next.numberedRow && (prev.numberedRow || prev.numberHeader)) return 'newline';
  // A dot-leader row ("Neer ........ negative") is a row of its own, however long its dots make it.
  if (next.leader || (prev.leader && !next.startsLower)) return 'newline';
  // Page numbering left inside a page stays a line of its own, so a later pass still sees it whole;
  // so does a side-column table's header ("Right   Left") under a long title line.
  if (prev.pageNumber || next.pageNumber || prev.sidesOnly || next.sidesOnly || prev.sidesTail || next.sidesTail) return 'newline';
  // A terse note's rows of lower-case labels ("strength: ...", "reflexes: ...") each keep their
  // line after another such row, a sentence end, a short line or a capitalised label's row well
  // short of a page's width ("Spurling's: ...; L negative"); after any other long line the
  // label-like words more likely go on a wrapped sentence ("Treatment so far: ... the AFO\nimproved
  // function: he can walk ...").
  if (next.lowerLabel && (prev.lowerLabel || prev.end === 'terminal' || prev.length < WRAPPED_LINE_MIN
    || (prev.label && prev.length < LABEL_ROW_MAX))) return 'newline';
  if (prev.end === 'hyphen-lower' && next.startsLower) return 'dehyphenate';
  if (prev.end === 'hyphen' || prev.end === 'hyphen-lower') return 'tight';
  if (next.startsLower) return 'space';
  if (prev.end === 'open') return 'space';
  // Under a side-column header ("Right   Left"), up to the next blank line, a row ends in its last
  // column's value however long it is ("Phalen's (60 seconds)   positive, 20 s   positive, 45 s"):
  // a capital or digit after it opens the next row. The header and the rows keep their lines, so
  // a second pass is under the same header too.
  if (underSides) return 'newline';
  // A capital or digit after a bare word: a long line was wrapped mid-sentence ("...examined
  // by\nDr. Smith"), while a short one ("Case Number: CM14-0087412", a name in a signature
  // block) ended where it did. The length is that of the whole line built so far, which is what a
  // second pass sees too.
  if (prev.end === 'word') return prev.length >= WRAPPED_LINE_MIN ? 'space' : 'newline';
  return 'newline';
}
