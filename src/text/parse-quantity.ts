/**
 * Reads a request's quantity as written ("12 sessions (2 x 6)", "2x/week x 4 weeks (8 visits)",
 * "#60", "x1", "up to 4 injections") as one number: the stated total when there is one, else the
 * product of frequency and duration, else the first number. Returns null when there is no number.
 *
 * `fromText` is for a request's free text when no quantity was extracted ("28 day functional
 * restoration program"): only an explicit count is accepted there, a number followed by a word
 * that is not a dose unit, so "Norco 10/325 mg" or "C5-6" never reads as a count.
 *
 * `words` spells numbers out ("eight sessions", "twice a week for four weeks"): count words become
 * their digits and frequency words ("twice") become "N times" before the reading above. The
 * extraction stage passes the lexicon's words; without them only digits are read.
 */
export interface QuantityWords {
  /** Numerals in words, lower case ("eight": 8). */
  readonly counts: Readonly<Record<string, number>>;
  /** Frequency adverbs, lower case ("twice": 2), read as "2 times". */
  readonly frequencies: Readonly<Record<string, number>>;
}

const NO_WORDS: QuantityWords = { counts: {}, frequencies: {} };
const spellers = new WeakMap<QuantityWords, (text: string) => string>();

/** A function writing `words` as digits in a text; null-effect when `words` is empty. */
function spellerFor(words: QuantityWords): (text: string) => string {
  let f = spellers.get(words);
  if (f) return f;
  const all = new Map<string, string>();
  for (const [w, n] of Object.entries(words.counts)) all.set(w.toLowerCase(), String(n));
  for (const [w, n] of Object.entries(words.frequencies)) all.set(w.toLowerCase(), `${n} times`);
  const keys = [...all.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!keys.length) f = (text) => text;
  else {
    const re = new RegExp(`\\b(?:${keys.join('|')})\\b`, 'gi');
    f = (text) => text.replace(re, (w) => all.get(w.toLowerCase()) ?? w);
  }
  spellers.set(words, f);
  return f;
}

export function parseQuantity(text: string | null | undefined, fromText = false, words: QuantityWords = NO_WORDS): number | null {
  if (!text) return null;
  text = spellerFor(words)(text);
  // A parenthesised total such as "(8 visits)" is the writer's own sum: trust it first.
  // (not a measure of time or dose: "10 days (80 hours)" is ten days of a day program)
  const total = /\((\d+)\s+(?!(?:hours?|hrs?|minutes?|mins?|mg|mcg|ml|grams?|units?|percent)\b)[a-z]+\)/i.exec(text) ?? /\((\d+)\)\s+[a-z]/i.exec(text);
  if (total) return Number(total[1]);
  // "2 x 6", "2x/week x 4 weeks", "2 times per week for 4 weeks", "2 times weekly for 4 weeks":
  // frequency times duration.
  const product = /(\d+)\s*(?:x|times)\b\s*(?:(?:(?:\/\s*|(?:a|per)\s+)(?:week|wk)|weekly)\s*(?:x|for)\s*)?(\d+)/i.exec(text);
  if (product) return Number(product[1]) * Number(product[2]);
  if (fromText) {
    // not an interval ("every 6 months", "within the next 30 days") nor a hyphenated adjective
    // ("3-phase bone scan", "2-level"); a hyphenated span of time is a count ("28-day program")
    const count =
      /(?:^|[\s(])(?<!\b(?:every|next)\s)(\d+)(?:\s(?!(?:mg|mcg|ml|g|gm|grams?|units?|%)\b)[a-z]{2,}|-(?:days?|weeks?|months?)\b)/i.exec(text);
    return count ? Number(count[1]) : null;
  }
  const count = /#\s*(\d+)/.exec(text) ?? /(\d+(?:\.\d+)?)/.exec(text);
  return count ? Number(count[1]) : null;
}
