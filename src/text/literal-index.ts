/**
 * The literal gate of `literal-gate.ts` asked of ranges of one text instead of separate strings.
 * The strings a regex's matches must contain are looked up once per document (one native
 * `indexOf` sweep per string); a sentence, or the window before a date, is then scanned by the
 * regex only when one of them lies inside its range. An extractor that runs a dozen regexes on
 * every sentence otherwise pays a full regex scan per regex per sentence, most of them finding
 * nothing. Like the gate, a range gate is only a necessary condition: results stay the regex's.
 */
import { lowerBound } from './lower-bound.js';
import { requirement } from './literal-gate.js';

/** False only when `text.slice(from, to)` cannot hold a match of the regex. */
export type RangeGate = (from: number, to: number) => boolean;

const ANY: RangeGate = () => true;
const NONE: RangeGate = () => false;

/** The requirement of each regex object (built once per lexicon), read once. */
const requirements = new WeakMap<RegExp, ReturnType<typeof requirement>>();

function requirementOf(re: RegExp): ReturnType<typeof requirement> {
  if (requirements.has(re)) return requirements.get(re)!;
  const ignoreCase = re.flags.includes('i');
  // with the u or v flag, case folding maps some non-ASCII letters to ASCII ones (ſ to s, K to k)
  const req = ignoreCase && (re.unicode || re.flags.includes('v')) ? null : requirement(re.source, ignoreCase);
  requirements.set(re, req);
  return req;
}

/** Where strings occur in one text, found on first request, and the range gates built on them. */
export interface TextLiterals {
  readonly text: string;
  /** The range gate of `re` over this text (built once per regex object). */
  gate(re: RegExp): RangeGate;
}

/**
 * A string found more often than once per this many characters ("." or "age") passes most
 * sentences anyway: finding all its places would cost more than the scans it saves.
 */
const DENSE_SPACING = 128;

/** Ascending start offsets of `s` in `hay`, or null when it is dense (see `DENSE_SPACING`). */
function occurrences(hay: string, s: string): number[] | null {
  const out: number[] = [];
  const most = hay.length / DENSE_SPACING;
  for (let i = hay.indexOf(s); i >= 0; i = hay.indexOf(s, i + 1)) {
    if (out.length >= most) return null;
    out.push(i);
  }
  return out;
}

/** Does an occurrence (ascending starts `at` of a string of length `length`) lie inside `[from, to)`? */
function within(at: readonly number[], length: number, from: number, to: number): boolean {
  const lo = lowerBound(at, from);
  return lo < at.length && at[lo]! + length <= to;
}

/** The literal index of `text`; see the file comment. */
export function textLiterals(text: string): TextLiterals {
  // case-blind strings are looked for in the lowered text, which must keep every offset
  // (lower-casing "İ" gives two code units): otherwise case-blind gates demand nothing
  let lower: string | null | undefined;
  const lowered = (): string | null => {
    if (lower === undefined) {
      const l = text.toLowerCase();
      lower = l.length === text.length ? l : null;
    }
    return lower;
  };
  const found = [new Map<string, number[] | null>(), new Map<string, number[] | null>()];
  const gates = new Map<RegExp, RangeGate>();
  const build = (re: RegExp): RangeGate => {
    const req = requirementOf(re);
    if (!req) return ANY;
    const ignoreCase = re.flags.includes('i');
    const hay = ignoreCase ? lowered() : text;
    if (hay === null) return ANY;
    const cache = found[ignoreCase ? 1 : 0]!;
    const at = (s: string): number[] | null => {
      let a = cache.get(s);
      if (a === undefined) cache.set(s, (a = occurrences(hay, s)));
      return a;
    };
    const alts: Array<Array<Array<{ length: number; at: readonly number[] }>>> = [];
    for (const sets of req) {
      const kept: Array<Array<{ length: number; at: readonly number[] }>> = [];
      let possible = true;
      for (const set of sets) {
        const places = set.map((s) => ({ length: s.length, at: at(s) }));
        // a set with a dense string holds almost everywhere: it is not asked
        if (places.some((o) => o.at === null)) continue;
        const found = places.filter((o) => o.at!.length > 0) as Array<{ length: number; at: readonly number[] }>;
        // an alternative with a set that occurs nowhere in the text can match nowhere
        if (found.length === 0) possible = false;
        kept.push(found);
      }
      if (!possible) continue;
      if (kept.length === 0) return ANY;
      alts.push(kept);
    }
    if (alts.length === 0) return NONE;
    return (from, to) => alts.some((sets) => sets.every((set) => set.some((o) => within(o.at, o.length, from, to))));
  };
  return {
    text,
    gate(re) {
      let g = gates.get(re);
      if (!g) gates.set(re, (g = build(re)));
      return g;
    },
  };
}
