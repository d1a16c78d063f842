/**
 * Reading a quantifier in a regular-expression source, for the small source readers that derive
 * speed gates from lexicon patterns (treatments/word-start-prefixes.ts, treatments/line-reach.ts).
 */

/** Bounds of a quantifier and the index just past it (past a lazy "?" too). */
export interface Quantifier {
  readonly min: number;
  readonly max: number;
  readonly end: number;
}

/**
 * The quantifier at `at` in `src` ("?", "*", "+", "{2}", "{1,3}", "{2,}", each maybe lazy); null
 * when none stands there; 'malformed' for a "{" that opens no quantifier, which a reader must
 * either treat as a literal or give up on.
 */
export function readQuantifier(src: string, at: number): Quantifier | null | 'malformed' {
  const q = src[at];
  let min: number;
  let max: number;
  let end = at + 1;
  if (q === '?') [min, max] = [0, 1];
  else if (q === '*') [min, max] = [0, Infinity];
  else if (q === '+') [min, max] = [1, Infinity];
  else if (q === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(at));
    if (!m) return 'malformed';
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    end = at + m[0].length;
  } else return null;
  if (src[end] === '?') end++; // lazy: the same strings
  return { min, max, end };
}
