/**
 * A cheap test that rules a term list out of a text before its regex scans it. A whole-word term
 * can only match where the text has a word equal to the term's first word (a word being a run of
 * [A-Za-z0-9_], as `\b` sees words; case-insensitive), and a term that starts with a symbol ("+",
 * "(+)") only where that symbol is. The gate is derived from the terms themselves, so it never
 * needs upkeep, and it never says no where the regex could match.
 */

/** Whether a text might hold one of the terms. */
export type WordGate = (text: string) => boolean;

const isWordCode = (k: number): boolean =>
  (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;

let lastText: string | null = null;
let lastWords: ReadonlySet<string> = new Set();

/**
 * The lower-cased words of `text`. The detectors ask about one sentence after another, so the
 * last text's words are kept for the next question.
 */
export function wordsOf(text: string): ReadonlySet<string> {
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.add(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  lastText = text;
  lastWords = words;
  return words;
}

/** The gate for a list of literal terms (as `alternation` in compile-exam-lexicon builds them). */
export function wordGate(terms: readonly string[]): WordGate {
  // an empty term matches anywhere
  if (terms.some((t) => t.length === 0)) return () => true;
  const first = new Set<string>();
  const symbols = new Set<string>();
  for (const t of terms) {
    const lead = /^[A-Za-z0-9_]+/.exec(t);
    if (lead) first.add(lead[0].toLowerCase());
    else symbols.add(t[0]!);
  }
  const syms = [...symbols];
  return (text) => {
    if (syms.some((ch) => text.includes(ch))) return true;
    const words = wordsOf(text);
    if (words.size < first.size) {
      for (const w of words) if (first.has(w)) return true;
    } else {
      for (const w of first) if (words.has(w)) return true;
    }
    return false;
  };
}
