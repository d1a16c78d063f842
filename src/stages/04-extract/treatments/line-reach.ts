/**
 * For a line-anchored cue (see `isLineAnchored`) without a first-character gate: the literal words
 * one of which every match holds, and how many line breaks a match can run over before that word
 * starts. "<item>:  Upheld" (an item that may wrap onto a second line, then the verdict on the
 * colon's line or the next) holds "upheld", "overturn", ... at most two line breaks after the
 * line it starts on, so only the lines up to two before an occurrence of those words are tried:
 * a few lines of a letter instead of all of them.
 *
 * Only a few pattern shapes are read (literal characters, classes, the common escapes, groups and
 * quantifiers); anything else gives no reach. Where a piece's line breaks are unclear it is
 * counted as able to match them, so the reach is only ever an upper bound.
 */
import { readQuantifier } from '../../../text/regex-quantifier.js';

/** The words (lower case) and the most line breaks a match can hold before the word starts. */
export interface LineReach {
  readonly words: readonly string[];
  readonly lines: number;
}

/** Shortest word worth looking for: shorter ones occur on nearly every line. */
const MIN_WORD = 3;

class Unreadable extends Error {}

/** One piece of a sequence: its most line breaks per occurrence, and how often it may occur. */
interface Piece {
  /** Per occurrence: the most `\n` it can match. */
  readonly breaks: number;
  readonly min: number;
  readonly max: number;
  /** A literal character (lower case), or null. */
  readonly char: string | null;
  /** For a group: its alternatives. */
  readonly alts: readonly (readonly Piece[])[] | null;
}

interface Parser { readonly src: string; at: number }

/** The reach of a line-anchored pattern compiled case-insensitively without the `s` flag, or null. */
export function lineReach(pattern: string): LineReach | null {
  if (!pattern.startsWith('^')) return null;
  const p: Parser = { src: pattern, at: 1 };
  let alts: Piece[][];
  try {
    alts = alternation(p);
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
  if (p.at !== pattern.length || alts.length !== 1) return null;
  const seq = alts[0]!;
  let lines = 0;
  for (let i = 0; i < seq.length; i++) {
    const run = literalRun(seq, i);
    if (run.length >= MIN_WORD) return { words: [run], lines };
    const piece = seq[i]!;
    if (piece.alts && piece.min >= 1) {
      const words = piece.alts.map((alt) => literalRun(alt, 0));
      // a word holding another is found where the other is ("overturned", "overturn")
      if (words.every((w) => w.length >= MIN_WORD)) return { words: words.filter((w) => !words.some((v) => v !== w && w.includes(v))), lines };
    }
    lines += breaksOf(piece);
    if (!Number.isFinite(lines)) return null;
  }
  return null;
}

/** The literal characters that `seq` must match from piece `i` on, each exactly once, as a string. */
function literalRun(seq: readonly Piece[], i: number): string {
  let run = '';
  for (let k = i; k < seq.length; k++) {
    const piece = seq[k]!;
    if (piece.char === null || piece.min !== 1 || piece.max !== 1) break;
    run += piece.char;
  }
  return run;
}

/** The most line breaks a piece can match in all its occurrences. */
function breaksOf(piece: Piece): number {
  const per = piece.alts ? Math.max(...piece.alts.map((alt) => alt.reduce((sum, q) => sum + breaksOf(q), 0))) : piece.breaks;
  return per === 0 ? 0 : per * piece.max;
}

function alternation(p: Parser): Piece[][] {
  const alts: Piece[][] = [[]];
  while (p.at < p.src.length && p.src[p.at] !== ')') {
    if (p.src[p.at] === '|') {
      p.at++;
      alts.push([]);
      continue;
    }
    alts[alts.length - 1]!.push(quantified(p, atom(p)));
  }
  return alts;
}

type Atom = Omit<Piece, 'min' | 'max'>;

function atom(p: Parser): Atom {
  const ch = p.src[p.at++]!;
  if (ch === '(') {
    if (p.src.startsWith('?:', p.at)) p.at += 2;
    else if (/^\?<[A-Za-z_]/.test(p.src.slice(p.at, p.at + 3))) p.at = p.src.indexOf('>', p.at) + 1;
    else if (p.src[p.at] === '?') throw new Unreadable(); // look-arounds
    const alts = alternation(p);
    if (p.src[p.at++] !== ')') throw new Unreadable();
    return { breaks: 0, char: null, alts };
  }
  if (ch === '[') return charClass(p);
  if (ch === '\\') return escape(p);
  if (ch === '^' || ch === '$') return { breaks: 0, char: null, alts: null }; // no text
  if (ch === '.') return { breaks: 0, char: null, alts: null }; // no line break without the `s` flag
  if ('*+?{}|'.includes(ch)) throw new Unreadable();
  return literal(ch);
}

function literal(ch: string): Atom {
  if (ch.charCodeAt(0) >= 128) throw new Unreadable(); // its case folding is not modelled
  return { breaks: ch === '\n' ? 1 : 0, char: ch.toLowerCase(), alts: null };
}

function escape(p: Parser): Atom {
  const ch = p.src[p.at++];
  if (ch === 'n') return literal('\n');
  if (ch === 't') return literal('\t');
  if (ch === 'b' || ch === 'B') return { breaks: 0, char: null, alts: null };
  if (ch === 'd' || ch === 'w' || ch === 'S') return { breaks: 0, char: null, alts: null };
  if (ch === 's' || ch === 'W' || ch === 'D') return { breaks: 1, char: null, alts: null };
  if (ch !== undefined && /[-.\/\\()[\]{}|?*+^$ ,:;'"#%&!<>=@~`]/.test(ch)) return literal(ch);
  throw new Unreadable();
}

/**
 * A class: without a line break only when it is plain (printable characters, ranges of them,
 * `\t \d \w \S` and escaped signs), or negated and naming `\n` or `\s`; any other class is
 * counted as able to match one.
 */
function charClass(p: Parser): Atom {
  let end = p.at;
  while (end < p.src.length && p.src[end] !== ']') end += p.src[end] === '\\' ? 2 : 1;
  if (end >= p.src.length) throw new Unreadable();
  const body = p.src.slice(p.at, end);
  p.at = end + 1;
  if (body.startsWith('^')) return { breaks: /\\[ns]/.test(body) ? 0 : 1, char: null, alts: null };
  const plain = /^(?:[\x20-\x5b\x5d-\x7e]|\\[tdwS\-.\/\\()[\]{}|?*+^$ ,:;'"#%&!<>=@~`])*$/.test(body);
  return { breaks: plain ? 0 : 1, char: null, alts: null };
}

function quantified(p: Parser, a: Atom): Piece {
  const q = readQuantifier(p.src, p.at);
  if (q === 'malformed') throw new Unreadable();
  if (!q) return { ...a, min: 1, max: 1 };
  p.at = q.end;
  return { ...a, min: q.min, max: q.max };
}
