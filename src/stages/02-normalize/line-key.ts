/** The key under which lines are compared across pages. */
import { DIGIT_RUN } from './layout-patterns.js';

/**
 * Lower-cases a (whitespace-collapsed) line and masks digit runs, because page numbers and dates
 * vary from page to page while a running header otherwise repeats verbatim.
 */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(DIGIT_RUN, '#');
}
