/**
 * The union scan of `text/union-scan.ts` (several lexicon regexes over a whole document in one
 * pass, each regex's matches exactly those of its own exec loop) with a cheaper first pass. The
 * union scan finds the places where some regex matches with the union of the whole regexes; V8
 * tries every alternative at every position of the text, and a cue such as
 * `diagnos[ie]s(?:\(es\))?(?:\s+(?:listed|per|on|from|in)\b[^:.\n]{0,40})?\s*:` costs as much to
 * try as it is long. Here the first pass searches only the opening of each alternative (its
 * leading literal run: `diagnos`), which holds wherever the alternative matches, so it finds every
 * place the union would and a few more; each regex then runs (sticky) at those places only, as in
 * the union scan, and yields the same matches in the same order.
 */
import { compileUnionScan, scanAtStarts, type UnionScan } from './union-scan.js';

/** One piece of a regex sequence, as written in the source. */
interface Piece {
  readonly src: string;
  /** A single literal character with no quantifier ("a", "\\(", "/"). */
  readonly literal: boolean;
  /** Matches no text (`\b`, `^`, a look-around), with no quantifier. */
  readonly zeroWidth: boolean;
  /** For a group without quantifier that is neither a look-around nor named: its alternatives. */
  readonly branches: Piece[][] | null;
}

/** Too clever to read (a back-reference, a named group, a brace that is not a quantifier): give up. */
class Unreadable extends Error {}

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** The pieces of each alternative of `src` from `at` to the `)` closing the group (or the end). */
function readAlternation(src: string, at: { i: number }): Piece[][] {
  const alts: Piece[][] = [[]];
  while (at.i < src.length && src[at.i] !== ')') {
    if (src[at.i] === '|') {
      at.i++;
      alts.push([]);
      continue;
    }
    alts[alts.length - 1]!.push(readPiece(src, at));
  }
  return alts;
}

function readPiece(src: string, at: { i: number }): Piece {
  const from = at.i;
  const ch = src[at.i]!;
  let literal = false;
  let zeroWidth = false;
  let branches: Piece[][] | null = null;
  if (ch === '(') {
    let look = false;
    if (src.startsWith('(?:', at.i)) at.i += 3;
    else if (src.startsWith('(?=', at.i) || src.startsWith('(?!', at.i)) (at.i += 3), (look = true);
    else if (src.startsWith('(?<=', at.i) || src.startsWith('(?<!', at.i)) (at.i += 4), (look = true);
    else if (src[at.i + 1] === '?') throw new Unreadable(); // named groups and modifiers
    else at.i += 1;
    const inner = readAlternation(src, at);
    if (src[at.i] !== ')') throw new Unreadable();
    at.i++;
    zeroWidth = look;
    branches = look ? null : inner;
  } else if (ch === '[') {
    at.i++;
    if (src[at.i] === '^') at.i++;
    while (at.i < src.length && src[at.i] !== ']') at.i += src[at.i] === '\\' ? 2 : 1;
    if (at.i >= src.length) throw new Unreadable();
    at.i++;
  } else if (ch === '\\') {
    const next = src[at.i + 1] ?? '';
    if (/[1-9k]/.test(next)) throw new Unreadable(); // back-references
    if (next === 'b' || next === 'B') {
      zeroWidth = true;
      at.i += 2;
    } else if (next === 'u' || next === 'x' || next === 'c' || next === 'p' || next === 'P') {
      throw new Unreadable(); // code escapes and properties: not worth reading here
    } else {
      // an escaped sign ("\(", "\/") or a control escape ("\n") is one literal character; a class escape is not
      literal = !/[dDsSwW0]/.test(next);
      at.i += 2;
    }
  } else if (ch === '^' || ch === '$') {
    zeroWidth = true;
    at.i++;
  } else if (ch === '{' || ch === '}' || ch === ']' || ch === '?' || ch === '*' || ch === '+') {
    throw new Unreadable(); // a quantifier with nothing before it, or a brace read as a literal
  } else {
    literal = ch !== '.';
    at.i++;
  }
  const q = QUANTIFIER.exec(src.slice(at.i, at.i + 12));
  if (q) at.i += q[0].length;
  else if (src[at.i] === '{') throw new Unreadable();
  const quantified = q !== null;
  return {
    src: src.slice(from, at.i),
    literal: literal && !quantified,
    zeroWidth: zeroWidth && !quantified,
    branches: quantified ? null : branches,
  };
}

/** Fewest literal characters an opening must hold to sift the text well ("dx" does; "\n" alone does not). */
const MIN_OPENING = 2;

/**
 * Openings of a sequence: regex sources each made of the sequence's first pieces (the
 * zero-width ones and the leading literal run), so wherever the sequence matches, one of them
 * matches at the same place. A leading group gives each of its branches' openings. Null when
 * an opening would be too short to sift (the sequence is then searched whole).
 */
function openings(seq: readonly Piece[]): string[] | null {
  let out = '';
  let letters = 0;
  for (const p of seq) {
    if (p.zeroWidth) out += p.src;
    else if (p.literal) {
      out += p.src;
      letters++;
    } else if (p.branches && letters === 0) {
      // the match opens with one of the group's branches (zero-width pieces before it still apply)
      const all: string[] = [];
      for (const b of p.branches) {
        const o = openings(b);
        if (!o) return null;
        for (const x of o) all.push(out + x);
      }
      return all;
    } else break;
  }
  return letters >= MIN_OPENING ? [out] : null;
}

/** Flags without g and y, which only steer the search. */
const baseFlags = (re: RegExp): string => re.flags.replace(/[gy]/g, '');

/**
 * The scan of `regexes` (g and y flags ignored; each searched from the start of the text), with
 * the same results as `compileUnionScan`. Falls back to it when the regexes cannot share a first
 * pass (different flags, unicode mode) or a source is too clever to read.
 */
export function compilePrefixScan(regexes: readonly RegExp[]): UnionScan {
  const flags = regexes.length ? baseFlags(regexes[0]!) : '';
  if (regexes.length === 0 || /[uv]/.test(flags) || regexes.some((re) => baseFlags(re) !== flags)) return compileUnionScan(regexes);
  const opens: string[] = [];
  const wholes: string[] = [];
  try {
    for (const re of regexes) {
      const at = { i: 0 };
      const alts = readAlternation(re.source, at);
      if (at.i !== re.source.length) return compileUnionScan(regexes);
      for (const alt of alts) {
        // an alternative without a usable opening is searched whole (it is its own opening)
        const o = openings(alt);
        if (o) opens.push(...o);
        else wholes.push(alt.map((p) => p.src).join(''));
      }
    }
  } catch (e) {
    if (e instanceof Unreadable) return compileUnionScan(regexes);
    throw e;
  }
  // an opening that starts with another ("diagnosed", "diagnos": both whole pieces) matches only where that one does
  const kept = [...new Set(opens)].filter((o, _, all) => !all.some((x) => x !== o && o.startsWith(x)));
  const first = new RegExp([...kept, ...new Set(wholes)].map((a) => `(?:${a})`).join('|'), `${flags}g`);
  // every place where some opening matches is a superset of the places some regex matches
  return scanAtStarts(first, regexes.map((re) => new RegExp(re.source, `${flags}y`)));
}
