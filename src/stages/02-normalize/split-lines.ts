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

/** Any character outside ASCII (where the rarer Unicode spaces live). */
const NON_ASCII = /[^\x00-\x7f]/;

/** The ASCII whitespace, other than the plain space and line feed, that a line's text replaces. */
const ODD_ASCII_SPACES = ['\t', '\r', '\v', '\f', '  '] as const;

/**
 * Offsets (ascending) where odd whitespace (two spaces, or a tab, carriage return, vertical tab or
 * form feed) starts in an ASCII page, found with native `indexOf` scans rather than a loop over
 * every character. A line's trimmed content `raw[s, e)` starts and ends with non-space, so it
 * holds odd whitespace exactly when one of these offsets falls in `[s, e)`. Null for a page with
 * non-ASCII characters, which takes the per-line character loop.
 */
function oddSpaceStarts(raw: string): number[] | null {
  if (NON_ASCII.test(raw)) return null;
  const out: number[] = [];
  for (const odd of ODD_ASCII_SPACES) {
    for (let i = raw.indexOf(odd); i >= 0; i = raw.indexOf(odd, i + 1)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Splits `raw` on line feeds (a carriage return counts as whitespace, so CRLF text works) and
 * measures each line's trimmed content.
 */
export function splitLines(raw: string): PageLine[] {
  const lines: PageLine[] = [];
  const odd = oddSpaceStarts(raw);
  let k = 0;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    let s = lineStart;
    let e = lineEnd;
    // Trim by scanning rather than regex so each line costs time proportional to its length.
    while (s < e && isHorizontalSpace(raw.charCodeAt(s))) s++;
    while (e > s && isHorizontalSpace(raw.charCodeAt(e - 1))) e--;
    // the replacing regex only runs on the lines that need it
    let verbatim: boolean;
    if (odd === null) verbatim = !hasOddSpace(raw, s, e);
    else {
      while (k < odd.length && odd[k]! < s) k++;
      verbatim = !(k < odd.length && odd[k]! < e);
    }
    const text = s === e ? '' : verbatim ? raw.slice(s, e) : raw.slice(s, e).replace(HORIZONTAL_SPACE, ' ');
    lines.push({ start: s, end: e, eol: lineEnd, text, verbatim });
    lineStart = lineEnd + 1;
  }
  return lines;
}
