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

/**
 * Whitespace other than single plain spaces: any `\s` character but the space and line feed, or two
 * spaces. A line's trimmed content `raw[s, e)` starts and ends with non-space, so it needs its
 * whitespace replaced exactly when a match starts in `[s, e)`.
 */
const ODD_SPACE = /[^\S \n]| {2}/g;

/** Where the first odd whitespace at or after `from` starts in `raw`; `raw.length` when none. */
function nextOddSpace(raw: string, from: number): number {
  ODD_SPACE.lastIndex = from;
  const m = ODD_SPACE.exec(raw);
  return m ? m.index : raw.length;
}

/**
 * Splits `raw` on line feeds (a carriage return counts as whitespace, so CRLF text works) and
 * measures each line's trimmed content.
 */
export function splitLines(raw: string): PageLine[] {
  const lines: PageLine[] = [];
  // One native regex search finds the next odd whitespace; it runs again only once a line starts
  // past it, so a page costs about one search per line that holds some.
  let odd = -1;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    let s = lineStart;
    let e = lineEnd;
    // Trim by scanning rather than regex so each line costs time proportional to its length.
    while (s < e && isHorizontalSpace(raw.charCodeAt(s))) s++;
    while (e > s && isHorizontalSpace(raw.charCodeAt(e - 1))) e--;
    if (odd < s) odd = nextOddSpace(raw, s);
    const verbatim = odd >= e;
    // the replacing regex only runs on the lines that need it
    const text = s === e ? '' : verbatim ? raw.slice(s, e) : raw.slice(s, e).replace(HORIZONTAL_SPACE, ' ');
    lines.push({ start: s, end: e, eol: lineEnd, text, verbatim });
    lineStart = lineEnd + 1;
  }
  return lines;
}
