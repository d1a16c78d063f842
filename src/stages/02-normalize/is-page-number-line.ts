/** Recognises page numbering lines. */
import { PAGE_NUMBER_LINE, PAGE_NUMBER_PHRASE, PAGE_WORD } from './layout-patterns.js';
import { lineKey } from './line-key.js';

/** Longest page numbering without the word "page" ("- 12 -", "12 of 140", "999/999"). */
const SHORT_FORM_MAX = 16;

/**
 * Can page numbering without the word "page" start with this character? Such numbering starts
 * with a dash, a digit (masked to "#" in the key) or "#".
 */
function startsLikeNumbering(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 45 || c === 35 || (c >= 48 && c <= 57);
}

/**
 * Is this (whitespace-collapsed) line page numbering: "Page 2", "Page 2 of 4", "- 2 -", "2 of 4",
 * or a footer holding "Page 2 of 4"? Such a line is furniture at a page edge and is never joined
 * to its neighbours anywhere.
 */
export function isPageNumberLine(text: string): boolean {
  // Without the word "page" only short forms ("- 2 -", "2 of 4") qualify, and those start like
  // numbering: skip the rest (and the key's string work) cheaply.
  if (!PAGE_WORD.test(text) && (text.length > SHORT_FORM_MAX || !startsLikeNumbering(text))) return false;
  const key = lineKey(text);
  return PAGE_NUMBER_LINE.test(key) || PAGE_NUMBER_PHRASE.test(key);
}
