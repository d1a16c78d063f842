/**
 * Every match of a global, multiline pattern that is anchored at a line start ("^[ \t]*(?:motion|..."),
 * found by trying the pattern only where a line starts. V8 cannot skip ahead to a multiline `^`:
 * it tries such a pattern at every character of the text, which over a document or a table window
 * costs several times the handful of tries at its line starts. The matches are the same as
 * `allMatches(re, text)`: every match of a pattern whose one branch opens with `^` starts at a line
 * start, and a sticky copy of the pattern tried at each line start not inside an earlier match finds
 * each of them in turn. A pattern of any other shape, or a text with a line break other than "\n",
 * is searched as `allMatches` does.
 */
import { allMatches } from './compile-exam-lexicon.js';

/** Per pattern (lexicon patterns live as long as their lexicon): its sticky copy, or null where the shape does not fit. */
const stickies = new WeakMap<RegExp, RegExp | null>();

/** Whether `source` opens with `^` and has no `|` outside a group or class (its one branch is anchored). */
function anchoredOnly(source: string): boolean {
  if (source[0] !== '^') return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return true;
}

function stickyOf(re: RegExp): RegExp | null {
  let y = stickies.get(re);
  if (y === undefined) {
    const fits = re.global && re.multiline && !re.sticky && anchoredOnly(re.source);
    y = fits ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
    stickies.set(re, y);
  }
  return y;
}

/** Whether the text has a line break other than "\n" that a multiline `^` also follows (a string search each: a class scan costs several times as much). */
const otherBreaks = (text: string): boolean => text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');

/** `allMatches(re, text)` for a global multiline `re` (see the file comment). */
export function lineMatches(re: RegExp, text: string): RegExpExecArray[] {
  const y = stickyOf(re);
  if (!y || otherBreaks(text)) return allMatches(re, text);
  const out: RegExpExecArray[] = [];
  for (let at = 0; at <= text.length; ) {
    y.lastIndex = at;
    const m = y.exec(text);
    let next = at + 1;
    if (m) {
      out.push(m);
      // an empty match moves on by one, as a global search does
      if (m[0].length) next = at + m[0].length;
    }
    // the first line start at or after `next`
    if (text.charCodeAt(next - 1) !== 10) {
      const nl = text.indexOf('\n', next);
      if (nl < 0) break;
      next = nl + 1;
    }
    at = next;
  }
  y.lastIndex = 0;
  return out;
}

/** Per list of patterns: one sticky regex telling which of them match at a place, and where each one's marker group is. */
interface Joined { readonly re: RegExp; readonly markers: readonly number[] }
const joinedOf = new WeakMap<readonly RegExp[], Joined | null>();

/** How many capture groups a pattern source has (an empty alternative makes it match anywhere). */
const groupCount = (re: RegExp): number => new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;

/**
 * `(?:(?=(A))|)(?:(?=(B))|)...` (sticky): at a line start, each group is set exactly where its
 * pattern matches there. Null where the patterns cannot be joined: a shape `stickyOf` refuses,
 * flags that differ, back-references (the groups are renumbered) or sources that do not compile together.
 */
function joinAll(res: readonly RegExp[]): Joined | null {
  let j = joinedOf.get(res);
  if (j !== undefined) return j;
  j = null;
  if (res.every((re) => stickyOf(re) && re.flags === res[0]!.flags && !/\\[1-9]|\\k</.test(re.source))) {
    const markers: number[] = [];
    let group = 1;
    for (const re of res) {
      markers.push(group);
      group += 1 + groupCount(re);
    }
    try {
      j = { re: new RegExp(res.map((re) => `(?:(?=(${re.source}))|)`).join(''), res[0]!.flags.replace('g', '') + 'y'), markers };
    } catch {
      j = null;
    }
  }
  joinedOf.set(res, j);
  return j;
}

/**
 * `res.map((re) => lineMatches(re, text))` (a list made once and kept, so its joined pattern is
 * built once), in one walk over the line starts with one regex call at each instead of one per
 * pattern. Each pattern's own sticky copy runs only where the joined one says it matches. The walk
 * tries every line start, which is where each pattern's own walk tries too as long as no match
 * spans a line break; if one does, each pattern is searched on its own.
 */
export function lineMatchesEach(res: readonly RegExp[], text: string): RegExpExecArray[][] {
  const j = res.length > 1 ? joinAll(res) : null;
  if (!j || otherBreaks(text)) return res.map((re) => lineMatches(re, text));
  const out: RegExpExecArray[][] = res.map(() => []);
  for (let at = 0; at <= text.length; ) {
    j.re.lastIndex = at;
    const m = j.re.exec(text);
    if (m) {
      for (let k = 0; k < res.length; k++) {
        if (m[j.markers[k]!] === undefined) continue;
        const y = stickyOf(res[k]!)!;
        y.lastIndex = at;
        const own = y.exec(text)!;
        y.lastIndex = 0;
        if (own[0].includes('\n')) return res.map((re) => lineMatches(re, text));
        out[k]!.push(own);
      }
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  j.re.lastIndex = 0;
  return out;
}
