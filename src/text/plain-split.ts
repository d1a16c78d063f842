/**
 * Code loops for the answers hot code asked of `String.prototype.split` with a regex: how many
 * words a string holds, and the part before the first stop character. A regex split builds an
 * array of every piece to read one number or the first piece; these read the string once and
 * build nothing, with the same answers.
 */
import { isSpaceCode } from './space-char.js';

/** `text.trim().split(/\s+/).length`: the runs of non-space characters, and 1 for a text of spaces only (split's one empty piece). */
export function wordRunCount(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inRun) runs++;
    inRun = !space;
  }
  return runs || 1;
}

/**
 * `text.slice(from).split(/[<stops>]/)[0]`: the text from `from` to the first of the stop
 * characters (each a single UTF-16 code unit), or to its end; the rest is never copied.
 */
export function beforeFirstOf(text: string, stops: string, from = 0): string {
  for (let i = from; i < text.length; i++) if (stops.includes(text[i]!)) return text.slice(from, i);
  return from ? text.slice(from) : text;
}
