/**
 * Word tokens for ConText matching. Literals and sentences go through the same tokenizer, so a
 * trigger matches whatever the spacing, case or line breaks of the text. Slash, hyphen, period and
 * apostrophe inside a word keep it whole ("r/o", "non-tender", "L4-5", "patient's"), so "no" never
 * matches inside "non-radicular".
 */

/** One token of a sentence: its lower-cased text and character offsets in that sentence. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation counts for terminators but not toward scope sizes. */
  readonly word: boolean;
}

// The scanner below reads tokens as the regular expression
//   [A-Za-z0-9\u00C0-\u024F]+(?:[/'\u2019.-][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]
// would (letters: ASCII plus Latin-1/Latin Extended, which is all the records use), by character
// code: every sentence is tokenized, and a regex exec per token cost more than the rest of it.

/** A letter or digit of a word. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c <= 0x24f;
}

/** Slash, apostrophe (straight or curly), period or hyphen: kept inside a word. */
function isJoiner(c: number): boolean {
  return c === 47 || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

const NON_SPACE = /\S/;

/** Exactly `\s`, ASCII by comparison. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return !NON_SPACE.test(String.fromCharCode(c));
}

/** End of the word token starting at `i` (a word character): word runs joined by single joiners. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/**
 * Tokens of `text`, lower-cased, with curly apostrophes straightened. `lowered` is
 * `text.toLowerCase()` when the caller already has it.
 */
export function tokenize(text: string, lowered: string = text.toLowerCase()): Token[] {
  // lower-casing can change the length of a few non-Latin characters; offsets must stay aligned
  const aligned = lowered.length === text.length;
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const word = isWordCode(c);
    const end = word ? wordEnd(text, i) : i + 1;
    let tok = aligned ? lowered.slice(i, end) : text.slice(i, end).toLowerCase();
    if (tok.includes('\u2019')) tok = tok.replace(/\u2019/g, "'");
    out.push({ text: tok, start: i, end, word });
    i = end;
  }
  return out;
}
