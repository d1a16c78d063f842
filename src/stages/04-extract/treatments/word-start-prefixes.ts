/**
 * The three-letter openings a regular expression's matches can start with, when every match must
 * start at a word start (`\b` then a letter or digit) with one of a small set of literal
 * openings ("before", "post-", "orthopedic" open with "bef", "pos", "ort"). Such a cue needs to be
 * tried only at the word starts that open that way instead of at every position. Anything this
 * reader does not fully understand in the first three characters (a class such as `\s` or `.`, a
 * lookaround, an anchor, a non-ASCII letter, a match shorter than three) gives null: the cue is
 * then scanned as before.
 */
import { readQuantifier } from '../../../text/regex-quantifier.js';

type Node =
  | { readonly t: 'chars'; readonly chars: readonly string[] }
  | { readonly t: 'alt'; readonly seqs: readonly Node[][] }
  | { readonly t: 'boundary' }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly t: 'unknown' };

/** Most openings kept before giving up (a cue that opens in many ways gains nothing). */
const MAX_PREFIXES = 64;
const LENGTH = 3;

/** Numeric form of a three-character ASCII opening: seven bits per character. */
export function prefixCode(a: number, b: number, c: number): number {
  return (a * 128 + b) * 128 + c;
}

/**
 * The `prefixCode` of a two-character opening: its third character is 0, which stands for "any".
 * A word start opening with those two characters is tried whatever follows them.
 */
export function shortPrefixCode(a: number, b: number): number {
  return prefixCode(a, b, 0);
}

/**
 * The codes (`prefixCode`, lower case) of the openings of `pattern` (compiled case-insensitively), or null.
 * With `shortest` 2, an opening may also be two characters long ("no" in `\bno\s+relief`, `\bno\b`)
 * when what follows them is not modelled or the match may end there; such an opening is coded by
 * `shortPrefixCode`.
 */
export function wordStartPrefixes(pattern: string, shortest: 2 | 3 = LENGTH): ReadonlySet<number> | null {
  // a back-reference anywhere is left to the full scan (only the first characters are modelled)
  if (/\\k<|\\[1-9]/.test(pattern)) return null;
  const parser = { src: pattern, at: 0 };
  let tree: Node;
  try {
    tree = parseAlt(parser);
  } catch {
    return null;
  }
  if (parser.at !== pattern.length) return null;
  const out = new Set<number>();
  let failed = false;
  const walk = (seq: readonly Node[], i: number, acc: string, bounded: boolean, done: (acc: string, bounded: boolean) => void): void => {
    if (failed) return;
    if (acc.length >= LENGTH || i === seq.length) return done(acc, bounded);
    const n = seq[i]!;
    if (n.t === 'unknown') {
      // what follows is not modelled: the characters read so far are the whole opening
      if (acc.length >= shortest) record(acc);
      else failed = true;
    }
    else if (n.t === 'boundary') walk(seq, i + 1, acc, true, done);
    else if (n.t === 'chars') {
      // the first character must be a word character preceded by `\b`: the match starts a word
      if (acc.length === 0 && (!bounded || n.chars.some((ch) => !/^[a-z0-9]$/.test(ch)))) failed = true;
      else for (const ch of n.chars) walk(seq, i + 1, acc + ch, bounded, done);
    } else if (n.t === 'alt') {
      for (const s of n.seqs) walk(s, 0, acc, bounded, (a, b) => walk(seq, i + 1, a, b, done));
    } else {
      // a repeat: each count from min up to what three characters can need
      const top = Math.min(n.max, n.min + LENGTH);
      const times = (k: number, a: string, b: boolean): void => {
        if (k >= n.min) walk(seq, i + 1, a, b, done);
        if (k < top && a.length < LENGTH) walk([n.node], 0, a, b, (a2, b2) => times(k + 1, a2, b2));
      };
      times(0, acc, bounded);
    }
  };
  function record(acc: string): void {
    if (acc.length < shortest) failed = true;
    else if (acc.length < LENGTH) out.add(shortPrefixCode(acc.charCodeAt(0), acc.charCodeAt(1)));
    else out.add(prefixCode(acc.charCodeAt(0), acc.charCodeAt(1), acc.charCodeAt(2)));
    if (out.size > MAX_PREFIXES) failed = true;
  }
  walk([tree], 0, '', false, record);
  return failed ? null : out;
}

interface Parser { readonly src: string; at: number }

function parseAlt(p: Parser): Node {
  const seqs: Node[][] = [parseSeq(p)];
  while (p.src[p.at] === '|') {
    p.at++;
    seqs.push(parseSeq(p));
  }
  return { t: 'alt', seqs };
}

function parseSeq(p: Parser): Node[] {
  const seq: Node[] = [];
  while (p.at < p.src.length && p.src[p.at] !== '|' && p.src[p.at] !== ')') seq.push(quantified(p, atom(p)));
  return seq;
}

function atom(p: Parser): Node {
  const ch = p.src[p.at++]!;
  if (ch === '(') {
    // a lookaround matches no text: what it tests is not modelled, so the opening ends before it
    // (one before any character gives null, as `\b` must be followed by a word character)
    const look = /^\?<?[=!]/.exec(p.src.slice(p.at, p.at + 3));
    if (look) {
      p.at += look[0].length;
      parseAlt(p);
      if (p.src[p.at++] !== ')') throw new Error('unclosed group');
      return { t: 'unknown' };
    }
    if (p.src.startsWith('?:', p.at)) p.at += 2;
    else if (p.src.startsWith('?<', p.at) && /^\?<[A-Za-z_]/.test(p.src.slice(p.at, p.at + 3))) p.at = p.src.indexOf('>', p.at) + 1;
    else if (p.src[p.at] === '?') throw new Error('unsupported group');
    const inner = parseAlt(p);
    if (p.src[p.at++] !== ')') throw new Error('unclosed group');
    return inner;
  }
  if (ch === '[') return charClass(p);
  if (ch === '\\') return escape(p);
  if (ch === '.' || ch === '^' || ch === '$' || ch === '*' || ch === '+' || ch === '?' || ch === '{') return { t: 'unknown' };
  return literal(ch);
}

function literal(ch: string): Node {
  const lower = ch.toLowerCase();
  // ASCII only: with the `i` flag and no `u`, a non-ASCII character never matches an ASCII one, and its own cases are not modelled here
  if (ch.charCodeAt(0) >= 128 || lower.length !== 1) return { t: 'unknown' };
  return { t: 'chars', chars: [lower] };
}

function escape(p: Parser): Node {
  const ch = p.src[p.at++];
  if (ch === 'b') return { t: 'boundary' };
  if (ch !== undefined && /[-.\/\\()[\]{}|?*+^$ ,:;'"#%&!<>=@~`]/.test(ch)) return literal(ch);
  return { t: 'unknown' };
}

/** A class of plain ASCII letters, digits and ranges of them; anything else is unknown. */
function charClass(p: Parser): Node {
  // its first unescaped "]" closes it, even right after "[" (an empty class in JavaScript)
  let end = p.at;
  while (end < p.src.length && p.src[end] !== ']') end += p.src[end] === '\\' ? 2 : 1;
  if (end >= p.src.length) throw new Error('unclosed class');
  const body = p.src.slice(p.at, end);
  p.at = end + 1;
  if (!/^(?:[a-zA-Z0-9](?:-[a-zA-Z0-9])?)+$/.test(body)) return { t: 'unknown' };
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const from = body.charCodeAt(i);
    const to = body[i + 1] === '-' ? body.charCodeAt((i += 2)) : from;
    for (let c = from; c <= to; c++) chars.add(String.fromCharCode(c).toLowerCase());
  }
  return { t: 'chars', chars: [...chars] };
}

function quantified(p: Parser, node: Node): Node {
  const q = readQuantifier(p.src, p.at);
  if (!q || q === 'malformed') return node;
  p.at = q.end;
  return { t: 'rep', node, min: q.min, max: q.max };
}
