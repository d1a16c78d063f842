/**
 * Several lexicon regexes searched over one long text (a whole document) in one pass. Each
 * regex's own search costs a pass of the engine over every position of the text; one search for
 * their union finds, in a single pass, every position where any of them matches, and each regex
 * then runs only there (sticky). The first such position at or after where a global `exec` loop
 * would search from is where it would find its next match, so every regex yields exactly the
 * matches of its own exec loop, in the same order.
 */
import { nextMatch } from './next-match.js';

/** Visits each match of regex `which` (an index into the list given). */
export type UnionVisit = (which: number, m: RegExpExecArray) => void;

export interface UnionScan {
  /**
   * Every match of each regex in `text`, as its own global exec loop (or `matchAll`) finds
   * them: all matches of the first regex in order, then those of the second, and so on.
   */
  each(text: string, visit: UnionVisit): void;
}

/** Flags without g and y, which only steer the search. */
const baseFlags = (re: RegExp): string => re.flags.replace(/[gy]/g, '');

/**
 * Whether the sources may be joined into one alternation: the same flags, no unicode mode (where
 * the search steps by code points), and no group numbers or names, which joining would renumber
 * or repeat.
 */
function joinable(regexes: readonly RegExp[]): boolean {
  const flags = regexes.length ? baseFlags(regexes[0]!) : '';
  return regexes.length > 1 && !/[uv]/.test(flags)
    && regexes.every((re) => baseFlags(re) === flags && !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source));
}

/** The scan of `regexes` (their g and y flags are ignored; each is searched from the start of the text). */
export function compileUnionScan(regexes: readonly RegExp[]): UnionScan {
  const globals = regexes.map((re) => new RegExp(re.source, `${baseFlags(re)}g`));
  if (!joinable(regexes)) {
    return {
      each(text, visit) {
        globals.forEach((re, which) => {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = nextMatch(re, text, m)) visit(which, m);
        });
      },
    };
  }
  const flags = baseFlags(regexes[0]!);
  const union = new RegExp(regexes.map((re) => `(?:${re.source})`).join('|'), `${flags}g`);
  return scanAtStarts(union, regexes.map((re) => new RegExp(re.source, `${flags}y`)));
}

/**
 * A union-style scan from a first pass: `first` (global) finds every place where some regex may
 * match (at least those where one does), and each regex of `sticky` (sticky twins of the regexes)
 * is tried only there, from where its own exec loop would search on, so it yields exactly that
 * loop's matches.
 */
export function scanAtStarts(first: RegExp, sticky: readonly RegExp[]): UnionScan {
  return {
    each(text, visit) {
      // every place where some regex may match, in order
      const starts: number[] = [];
      first.lastIndex = 0;
      for (let m = first.exec(text); m; m = first.exec(text)) {
        starts.push(m.index);
        first.lastIndex = m.index + 1;
      }
      for (let which = 0; which < sticky.length; which++) {
        const re = sticky[which]!;
        let from = 0; // where this regex's exec loop would search on from
        for (const at of starts) {
          if (at < from) continue;
          re.lastIndex = at;
          const m = re.exec(text);
          if (!m) continue;
          visit(which, m);
          from = at + Math.max(m[0].length, 1);
        }
      }
    },
  };
}

/** Which of several regexes match somewhere in a text. */
export interface UnionTest {
  /** For each regex (in the order given), whether `re.test(text)` holds for a fresh copy of it. */
  test(text: string): boolean[];
}

/**
 * The `test` of several regexes over one long text in one pass: the union's search stops at every
 * position where some regex matches, and each regex not yet found is tried there (sticky). Every
 * position where one of them matches is such a stop, so each answer is its own search's; the
 * search ends once all are found.
 */
export function compileUnionTest(regexes: readonly RegExp[]): UnionTest {
  if (!joinable(regexes)) {
    const plain = regexes.map((re) => new RegExp(re.source, baseFlags(re)));
    return { test: (text) => plain.map((re) => re.test(text)) };
  }
  const flags = baseFlags(regexes[0]!);
  const union = new RegExp(regexes.map((re) => `(?:${re.source})`).join('|'), `${flags}g`);
  const sticky = regexes.map((re) => new RegExp(re.source, `${flags}y`));
  return {
    test(text) {
      const found = sticky.map(() => false);
      let left = sticky.length;
      union.lastIndex = 0;
      for (let m = union.exec(text); m && left > 0; m = union.exec(text)) {
        for (let which = 0; which < sticky.length; which++) {
          if (found[which]) continue;
          const re = sticky[which]!;
          re.lastIndex = m.index;
          if (re.test(text)) {
            found[which] = true;
            left--;
          }
        }
        union.lastIndex = m.index + 1;
      }
      return found;
    },
  };
}
