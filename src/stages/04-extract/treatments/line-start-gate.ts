/**
 * The characters a line-anchored cue (`^[ \t]*...` or `^...`, see `isLineAnchored`) can find
 * first on a line, after its leading blanks: "ITEM 2:" can only start with an I, "1. Is the
 * request..." with a digit. A line whose first other character is not one of them is not tried,
 * which saves a regex call at most lines of a document. Only a few pattern shapes are read
 * (literal characters, plain classes, `\d`, groups and quantifiers); anything else gives no gate.
 */

/** The opening the gate may skip: `^` then optional blanks. */
const LEAD = /^\^(?:\[ \\t\]\*)?/;

/** What a pattern piece can start with: its possible first characters, and whether it can match nothing. */
interface First { readonly chars: ReadonlySet<number>; readonly empty: boolean }

class Unreadable extends Error {}

/**
 * For a line-anchored, case-insensitive pattern: 1 at each character code (below 128) the match
 * can have first after the line's blanks; null when the pattern is not read (or may start with
 * a blank or a non-ASCII character, or match nothing).
 */
export function lineStartChars(pattern: string): Uint8Array | null {
  const lead = LEAD.exec(pattern);
  if (!lead) return null;
  const p = { src: pattern, at: lead[0].length };
  let first: First;
  try {
    first = seq(p);
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
  if (first.empty || first.chars.has(32) || first.chars.has(9)) return null;
  const out = new Uint8Array(128);
  for (const code of first.chars) out[code] = 1;
  return out;
}

/** Whether a line-anchored cue with these `lineStartChars` may match at line start `at` of `text`. */
export function mayStartLine(text: string, at: number, chars: Uint8Array, skipsBlanks: boolean): boolean {
  let p = at;
  if (skipsBlanks) while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p >= text.length) return false;
  const code = text.charCodeAt(p);
  return code < 128 && chars[code] === 1;
}

/** Whether the pattern's lead skips blanks (`^[ \t]*`) rather than being a bare `^`. */
export function skipsLeadingBlanks(pattern: string): boolean {
  return pattern.startsWith('^[ \\t]*');
}

interface Parser { readonly src: string; at: number }

/**
 * A sequence up to `|`, `)` or the end: the first characters of its elements up to the first that
 * cannot be empty; the rest of the sequence is skipped unread.
 */
function seq(p: Parser): First {
  const chars = new Set<number>();
  let empty = true;
  while (empty && p.at < p.src.length && p.src[p.at] !== '|' && p.src[p.at] !== ')') {
    const f = quantified(p);
    for (const c of f.chars) chars.add(c);
    empty = f.empty;
  }
  skipSeq(p);
  return { chars, empty };
}

/** Moves past the rest of a sequence: to its `|` or closing `)` (or the end), over classes, escapes and groups. */
function skipSeq(p: Parser): void {
  let depth = 0;
  while (p.at < p.src.length) {
    const ch = p.src[p.at]!;
    if (ch === '\\') p.at += 2;
    else if (ch === '[') {
      p.at++;
      while (p.at < p.src.length && p.src[p.at] !== ']') p.at += p.src[p.at] === '\\' ? 2 : 1;
      p.at++;
    } else if (ch === '(') {
      depth++;
      p.at++;
    } else if (ch === ')' || ch === '|') {
      if (depth === 0) return;
      if (ch === ')') depth--;
      p.at++;
    } else p.at++;
  }
}

function alternation(p: Parser): First {
  const chars = new Set<number>();
  let empty = false;
  for (;;) {
    const f = seq(p);
    for (const c of f.chars) chars.add(c);
    empty ||= f.empty;
    if (p.src[p.at] !== '|') return { chars, empty };
    p.at++;
  }
}

function quantified(p: Parser): First {
  const f = atom(p);
  const q = p.src[p.at];
  let min = 1;
  if (q === '?' || q === '*') { min = 0; p.at++; }
  else if (q === '+') p.at++;
  else if (q === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.src.slice(p.at));
    if (!m) throw new Unreadable();
    min = Number(m[1]);
    p.at += m[0].length;
  }
  if (p.src[p.at] === '?' && q !== undefined && '?*+{'.includes(q)) p.at++; // lazy
  return { chars: f.chars, empty: f.empty || min === 0 };
}

function atom(p: Parser): First {
  const ch = p.src[p.at++]!;
  if (ch === '(') {
    if (p.src.startsWith('?:', p.at)) p.at += 2;
    else if (/^\?<[A-Za-z_]/.test(p.src.slice(p.at, p.at + 3))) p.at = p.src.indexOf('>', p.at) + 1;
    else if (p.src[p.at] === '?') throw new Unreadable(); // look-arounds
    const f = alternation(p);
    if (p.src[p.at++] !== ')') throw new Unreadable();
    return f;
  }
  if (ch === '[') return charClass(p);
  if (ch === '\\') return escape(p);
  if ('.^$*+?{}|'.includes(ch)) throw new Unreadable();
  return literal(ch.charCodeAt(0));
}

/** An ASCII character in either case (the cues are case-insensitive; without `u`, ASCII letters match only ASCII letters). */
function literal(code: number): First {
  if (code >= 128) throw new Unreadable();
  const chars = new Set([code]);
  if (code >= 65 && code <= 90) chars.add(code + 32);
  if (code >= 97 && code <= 122) chars.add(code - 32);
  return { chars, empty: false };
}

function escape(p: Parser): First {
  const ch = p.src[p.at++];
  if (ch === 'd') return { chars: new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]), empty: false };
  if (ch !== undefined && /[-.\/\\()[\]{}|?*+^$ ,:;'"#%&!<>=@~`]/.test(ch)) return literal(ch.charCodeAt(0));
  throw new Unreadable();
}

/** A class of plain ASCII characters and ranges (no negation or escapes). */
function charClass(p: Parser): First {
  let end = p.at;
  while (end < p.src.length && p.src[end] !== ']') end += p.src[end] === '\\' ? 2 : 1;
  const body = p.src.slice(p.at, end);
  p.at = end + 1;
  if (!body || body.startsWith('^') || body.includes('\\') || /[^\x20-\x7e]/.test(body)) throw new Unreadable();
  const chars = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const from = body.charCodeAt(i);
    const to = body[i + 1] === '-' && i + 2 < body.length ? body.charCodeAt((i += 2)) : from;
    for (let c = from; c <= to; c++) for (const x of literal(c).chars) chars.add(x);
  }
  return { chars, empty: false };
}
