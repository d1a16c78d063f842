/**
 * Reads a request's quantity as written ("12 sessions (2 x 6)", "2x/week x 4 weeks (8 visits)",
 * "#60", "x1", "up to 4 injections") as one number: the stated total when there is one, else the
 * product of frequency and duration, else the first number. Returns null when there is no number.
 */
export function parseQuantity(text: string | null | undefined): number | null {
  if (!text) return null;
  // A parenthesised total such as "(8 visits)" is the writer's own sum: trust it first.
  const total = /\((\d+)\s+[a-z]+\)/i.exec(text);
  if (total) return Number(total[1]);
  // "2 x 6", "2x/week x 4 weeks", "2 times per week for 4 weeks": frequency times duration.
  const product = /(\d+)\s*(?:x|times)\b\s*(?:\/\s*week|(?:a|per)\s+week)?\s*(?:x|for)\s*(\d+)/i.exec(text);
  if (product) return Number(product[1]) * Number(product[2]);
  const count = /#\s*(\d+)/.exec(text) ?? /(\d+(?:\.\d+)?)/.exec(text);
  return count ? Number(count[1]) : null;
}
