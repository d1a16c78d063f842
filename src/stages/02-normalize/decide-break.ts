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
export type BreakAction = 'newline' | 'space' | 'dehyphenate' | 'tight';

/**
 * Chooses the action for the break between `prev` and `next`. `prev` describes the line built so
 * far: its start (list item, label, capitals) from its first physical line, its end from its last. Only features that joining cannot change are read, so a second pass over the output
 * decides every surviving break the same way.
 */
export function decideBreak(prev: LineShape, next: LineShape): BreakAction {
  // Structure wins: a new item, label or heading always starts its own line.
  if (next.listItem || next.label || next.capitals || prev.capitals) return 'newline';
  // Page numbering left inside a page stays a line of its own, so a later pass still sees it whole.
  if (prev.pageNumber || next.pageNumber) return 'newline';
  if (prev.end === 'hyphen-lower' && next.startsLower) return 'dehyphenate';
  if (prev.end === 'hyphen' || prev.end === 'hyphen-lower') return 'tight';
  if (next.startsLower) return 'space';
  // A "Label: value" field ends at its line unless the value visibly carries on.
  if (prev.label && prev.end === 'word') return 'newline';
  // A capital or digit after a comma, semicolon or a bare word is still the same sentence
  // ("...examined by\nDr. Smith"); after a full stop or colon it is a new line of text.
  if (prev.end === 'open' || prev.end === 'word') return 'space';
  return 'newline';
}
