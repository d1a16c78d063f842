/** Recognises page numbering lines. */
import { PAGE_NUMBER_LINE, PAGE_NUMBER_PHRASE, PAGE_WORD } from './layout-patterns.js';
import { lineKey } from './line-key.js';

/** Longest page numbering without the word "page" ("- 12 -", "12 of 140", "999/999"). */
const SHORT_FORM_MAX = 16;

/**
 * Is this (whitespace-collapsed) line page numbering: "Page 2", "Page 2 of 4", "- 2 -", "2 of 4",
 * or a footer holding "Page 2 of 4"? Such a line is furniture at a page edge and is never joined
 * to its neighbours anywhere.
 */
export function isPageNumberLine(text: string): boolean {
  // Without the word "page" only short forms ("- 2 -", "2 of 4") qualify; skip the rest cheaply.
  if (text.length > SHORT_FORM_MAX && !PAGE_WORD.test(text)) return false;
  const key = lineKey(text);
  return PAGE_NUMBER_LINE.test(key) || PAGE_NUMBER_PHRASE.test(key);
}
