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

const TOKEN = /[\p{L}\p{N}]+(?:[/'’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD_START = /[\p{L}\p{N}]/u;

/** Tokens of `text`, lower-cased, with curly apostrophes straightened. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    out.push({
      text: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      word: WORD_START.test(raw[0]!),
    });
  }
  return out;
}
