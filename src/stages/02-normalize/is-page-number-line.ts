/** Recognises page numbering lines. */
import { PAGE_NUMBER_LINE, PAGE_NUMBER_PHRASE } from './layout-patterns.js';
import { lineKey } from './line-key.js';

/** Longest page numbering without the word "page" ("- 12 -", "12 of 140", "999/999"). */
const SHORT_FORM_MAX = 16;

/** ASCII letter codes of "page"; OR-ing a code with 32 lower-cases an ASCII capital. */
const P = 112;
const A = 97;
const G = 103;
const E = 101;

/**
 * Does `text` hold "page" in any letter case, as `/page/i` finds it? Without the unicode flag a
 * case-blind regex matches these letters by ASCII case only, which `| 32` reproduces (codes from
 * 128 up stay at or above 128). A code loop: this runs for every line and every line join, where a
 * regex call costs more than the scan.
 */
function hasPageWord(text: string): boolean {
  for (let i = text.length - 4; i >= 0; i--) {
    if ((text.charCodeAt(i) | 32) === P && (text.charCodeAt(i + 1) | 32) === A
      && (text.charCodeAt(i + 2) | 32) === G && (text.charCodeAt(i + 3) | 32) === E) return true;
  }
  return false;
}

/**
 * Is this (whitespace-collapsed) line page numbering: "Page 2", "Page 2 of 4", "- 2 -", "2 of 4",
 * or a footer holding "Page 2 of 4"? Such a line is furniture at a page edge and is never joined
 * to its neighbours anywhere.
 */
export function isPageNumberLine(text: string): boolean {
  // Without the word "page" only short forms ("- 2 -", "2 of 4") qualify; skip the rest cheaply.
  if (text.length > SHORT_FORM_MAX && !hasPageWord(text)) return false;
  const key = lineKey(text);
  return PAGE_NUMBER_LINE.test(key) || PAGE_NUMBER_PHRASE.test(key);
}
