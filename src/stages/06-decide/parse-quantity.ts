/**
 * Reads a request's quantity as written ("12 sessions (2 x 6)", "2x/week x 4 weeks (8 visits)",
 * "#60", "x1", "up to 4 injections") as one number: the stated total when there is one, else the
 * product of frequency and duration, else the first number. Returns null when there is no number.
 *
 * `fromText` is for a request's free text when no quantity was extracted ("28 day functional
 * restoration program"): only an explicit count is accepted there, a number followed by a word
 * that is not a dose unit, so "Norco 10/325 mg" or "C5-6" never reads as a count.
 */
export function parseQuantity(text: string | null | undefined, fromText = false): number | null {
  if (!text) return null;
  // A parenthesised total such as "(8 visits)" is the writer's own sum: trust it first.
  const total = /\((\d+)\s+[a-z]+\)/i.exec(text) ?? /\((\d+)\)\s+[a-z]/i.exec(text);
  if (total) return Number(total[1]);
  // "2 x 6", "2x/week x 4 weeks", "2 times per week for 4 weeks": frequency times duration.
  const product = /(\d+)\s*(?:x|times)\b\s*(?:(?:\/\s*|(?:a|per)\s+)week\s*(?:x|for)\s*)?(\d+)/i.exec(text);
  if (product) return Number(product[1]) * Number(product[2]);
  if (fromText) {
    const count = /(?:^|[\s(])(\d+)[\s-](?!(?:mg|mcg|ml|g|gm|grams?|units?|%)\b)[a-z]{2,}/i.exec(text);
    return count ? Number(count[1]) : null;
  }
  const count = /#\s*(\d+)/.exec(text) ?? /(\d+(?:\.\d+)?)/.exec(text);
  return count ? Number(count[1]) : null;
}
