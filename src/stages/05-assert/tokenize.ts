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

// Letters: ASCII plus Latin-1/Latin Extended, which is all the records use; faster than \p{L}.
const TOKEN = /[A-Za-z0-9\u00C0-\u024F]+(?:[/'\u2019.-][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;
const WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;

/** Tokens of `text`, lower-cased, with curly apostrophes straightened. */
export function tokenize(text: string): Token[] {
  const lowered = text.toLowerCase();
  // lower-casing can change the length of a few non-Latin characters; offsets must stay aligned
  const aligned = lowered.length === text.length;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let tok = aligned ? lowered.slice(start, end) : m[0].toLowerCase();
    if (tok.includes('\u2019')) tok = tok.replace(/\u2019/g, "'");
    out.push({ text: tok, start, end, word: WORD_CHAR.test(m[0][0]!) });
  }
  return out;
}
