/**
 * A treatment term read without a regex. A term (in its normal form: lower case, words joined by
 * single spaces) compiles to the pattern `\b<words joined by [\s-]+>` plus a tail: `(?:e?s)?\b`
 * after a final letter, `\b` after a final digit. At each word start of a document several terms
 * are tried, and the regex call costs more than the comparison itself, so plain-ASCII terms are
 * compared character by character with exactly the regex's rules (case-insensitive without the
 * unicode flag: an ASCII letter matches only its two ASCII cases). Other terms keep the regex.
 */
import { isWordCode } from '../../../text/word-char.js';
import { isSpaceCode } from '../../../text/space-char.js';

/** How a term may end: a plural and a word boundary, a word boundary, or nothing more. */
export type TermTail = 'plural' | 'boundary' | 'none';

/** A term as its words and tail, ready for `matchTermWords`. */
export interface TermWords {
  /** Character codes of each word, lower case ASCII. */
  readonly words: readonly (readonly number[])[];
  readonly tail: TermTail;
}

/**
 * The words of a normalised term, or null when the regex must be used: a character outside
 * printable ASCII, or a word that is empty or holds a hyphen (the pattern's spaces are the only
 * separators modelled here).
 */
export function termWords(term: string): TermWords | null {
  if (!/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(term) || term.includes('-')) return null;
  if (term !== term.toLowerCase()) return null;
  const words = term.split(' ').map((w) => [...w].map((ch) => ch.charCodeAt(0)));
  const tail: TermTail = /[a-z]$/.test(term) ? 'plural' : /\w$/.test(term) ? 'boundary' : 'none';
  return { words, tail };
}


/** A character of the pattern's separator class `[\s-]` (JavaScript's `\s`, and the hyphen). */
function isSeparator(code: number): boolean {
  return code === 45 || isSpaceCode(code);
}

/** `\b` at `at`: a word character on exactly one side (nothing outside the text). */
function isBoundary(text: string, at: number): boolean {
  const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCode(text.charCodeAt(at));
  return before !== after;
}

/** Whether the ASCII character `code` of the text equals the lower-case pattern character `want`, in either ASCII case. */
function sameLetter(code: number, want: number): boolean {
  return code === want || (code >= 65 && code <= 90 && code + 32 === want);
}

/**
 * Where the term's match starting at `at` (a word start) ends, or -1: what the term's sticky regex
 * finds there. Separators are taken greedily, which is the regex's only choice (a word never
 * starts with a separator); the tail tries "es", then "s", then nothing, each before a boundary.
 */
export function matchTermWords(text: string, at: number, t: TermWords): number {
  let pos = at;
  for (let j = 0; j < t.words.length; j++) {
    if (j > 0) {
      const from = pos;
      while (pos < text.length && isSeparator(text.charCodeAt(pos))) pos++;
      if (pos === from) return -1;
    }
    const word = t.words[j]!;
    if (pos + word.length > text.length) return -1;
    for (let k = 0; k < word.length; k++) if (!sameLetter(text.charCodeAt(pos + k), word[k]!)) return -1;
    pos += word.length;
  }
  if (t.tail === 'none') return pos;
  if (t.tail === 'plural') {
    const a = pos < text.length ? text.charCodeAt(pos) : -1;
    const b = pos + 1 < text.length ? text.charCodeAt(pos + 1) : -1;
    if ((a === 101 || a === 69) && (b === 115 || b === 83) && isBoundary(text, pos + 2)) return pos + 2;
    if ((a === 115 || a === 83) && isBoundary(text, pos + 1)) return pos + 1;
  }
  return isBoundary(text, pos) ? pos : -1;
}
