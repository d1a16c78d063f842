/**
 * Splits one page's raw text into lines, remembering where each line's content sits in the raw
 * text so later steps can copy it verbatim (and so keep an exact offset map).
 */
import { isHorizontalSpace } from './is-horizontal-space.js';
import { HORIZONTAL_SPACE } from './layout-patterns.js';

/** One physical line of a page's raw text. */
export interface PageLine {
  /** Offset of the first non-space character in the raw page text (or of the line start when blank). */
  readonly start: number;
  /** Offset just after the last non-space character (equals `start` when blank). */
  readonly end: number;
  /** Offset of the line feed that ends the line (the raw length for the last line). */
  readonly eol: number;
  /** The content with whitespace runs collapsed to one space and both ends trimmed; '' when blank. */
  readonly text: string;
  /** True when `text` is the raw content as it is (no whitespace other than single spaces in it). */
  readonly verbatim: boolean;
}

/** Is there whitespace in `raw[s, e)` other than single plain spaces? */
function hasOddSpace(raw: string, s: number, e: number): boolean {
  let prevSpace = false;
  for (let i = s; i < e; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (isHorizontalSpace(c)) return true;
    else prevSpace = false;
  }
  return false;
}

/**
 * Splits `raw` on line feeds (a carriage return counts as whitespace, so CRLF text works) and
 * measures each line's trimmed content.
 */
export function splitLines(raw: string): PageLine[] {
  const lines: PageLine[] = [];
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    let s = lineStart;
    let e = lineEnd;
    // Trim by scanning rather than regex so each line costs time proportional to its length.
    while (s < e && isHorizontalSpace(raw.charCodeAt(s))) s++;
    while (e > s && isHorizontalSpace(raw.charCodeAt(e - 1))) e--;
    // the regex only runs on the lines that need it
    const verbatim = !hasOddSpace(raw, s, e);
    const text = s === e ? '' : verbatim ? raw.slice(s, e) : raw.slice(s, e).replace(HORIZONTAL_SPACE, ' ');
    lines.push({ start: s, end: e, eol: lineEnd, text, verbatim });
    lineStart = lineEnd + 1;
  }
  return lines;
}
