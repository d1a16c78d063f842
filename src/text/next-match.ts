/**
 * The step of an exec loop over a shared global regex, matching `String.prototype.matchAll`:
 * after an empty match the search moves on one character (one code point in unicode mode) so
 * the loop cannot stall. matchAll itself clones the regex on every call, which costs more than
 * the search when a lexicon regex is tried on many short sentences.
 */

/** The match after `prev` of the global regex `re` in `text` (which `prev` came from), or null. */
export function nextMatch(re: RegExp, text: string, prev: RegExpExecArray): RegExpExecArray | null {
  if (prev[0].length === 0) {
    const i = re.lastIndex;
    const code = text.charCodeAt(i);
    const pair = (re.unicode || re.flags.includes('v')) && code >= 0xd800 && code <= 0xdbff && i + 1 < text.length
      && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    re.lastIndex = i + (pair ? 2 : 1);
  }
  return re.exec(text);
}
