/**
 * Word tokens for ConText matching. Literals and sentences go through the same tokenizer, so a
 * trigger matches whatever the spacing, case or line breaks of the text. Slash, hyphen, period and
 * apostrophe inside a word keep it whole ("r/o", "non-tender", "L4-5", "patient's"), so "no" never
 * matches inside "non-radicular".
 */
import { isSpaceCode } from '../../text/space-char.js';

/** One token of a sentence: its lower-cased text and character offsets in that sentence. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation counts for terminators but not toward scope sizes. */
  readonly word: boolean;
  /** A word token that holds a joiner ("mtus/acoem"): only such a token has `joinedParts`. */
  readonly joined: boolean;
}

// Letters: ASCII plus Latin-1/Latin Extended, which is all the records use; faster than \p{L}.
// The scanner below reads, char by char, what this pattern would match (kept as its specification):
//   /[A-Za-z0-9\u00C0-\u024F]+(?:[/'\u2019.-][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g
// A code loop avoids a RegExp exec and its match array per token.

/** A word character: ASCII letter or digit, or a Latin-1/Latin Extended letter. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** Characters that keep a word whole when a word character follows: / ' \u2019 . - */
function isJoinerCode(c: number): boolean {
  return c === 47 || c === 39 || c === 0x2019 || c === 46 || c === 45;
}


/** End of the run of word characters starting at `i` (a word character). */
function runEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isWordCode(text.charCodeAt(j))) j++;
  return j;
}

/** End of a word token whose first run of word characters ends at `j`: further runs joined by single joiners. */
function wordEnd(text: string, j: number): number {
  const n = text.length;
  while (j + 1 < n && isJoinerCode(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1))) j = runEnd(text, j + 1);
  return j;
}

/** Tokens of `text`, lower-cased, with curly apostrophes straightened. */
export function tokenize(text: string): Token[] {
  const lowered = text.toLowerCase();
  // lower-casing can change the length of a few non-Latin characters; offsets must stay aligned
  const aligned = lowered.length === text.length;
  const curly = text.includes('\u2019');
  const out: Token[] = [];
  const n = text.length;
  for (let start = 0; start < n; ) {
    const c = text.charCodeAt(start);
    if (isSpaceCode(c)) {
      start++;
      continue;
    }
    const word = isWordCode(c);
    const run = word ? runEnd(text, start) : start + 1;
    const end = word ? wordEnd(text, run) : run;
    let tok = aligned ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
    if (curly && tok.includes('\u2019')) tok = tok.replace(/\u2019/g, "'");
    // a word token longer than its first run of word characters holds a joiner
    out.push({ text: tok, start, end, word, joined: end > run });
    start = end;
  }
  return out;
}

/**
 * The word runs a joined word token is made of ("mtus/acoem" → mtus, acoem), split at the same
 * joiners `tokenize` keeps inside a word; empty for a token with no joiner.
 */
export function joinedParts(word: string): string[] {
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    if (!isJoinerCode(word.charCodeAt(i))) continue;
    (parts ??= []).push(word.slice(from, i));
    from = i + 1;
  }
  if (parts) parts.push(word.slice(from));
  return parts ?? [];
}
