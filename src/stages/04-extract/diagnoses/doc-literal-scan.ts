/**
 * The literal scan of `literal-gate.ts` (`compileLiteralScan`) read once per document instead of
 * once per sentence. A per-sentence scan lower-cases every sentence and starts a regex search on
 * each; here the document is lowered once and searched once, and each sentence then asks which
 * of the strings found start inside it. A string that starts in the sentence but runs past its end
 * opens its regexes too, so a sentence may be opened for more regexes than its own scan would
 * open, never fewer: the gate stays a necessary condition and results stay the regexes'.
 * (Kept here for lack of a shared home in this round: it belongs beside `compileLiteralScan`.)
 */
import { requirement, trieAlternation } from '../../../text/literal-gate.js';

/** Which regexes each sentence of one document may match. */
export interface DocLiteralHits {
  /** For each regex (in the order compiled), false when `text.slice(from, to)` cannot hold a match. Reuses one array. */
  possible(from: number, to: number): ReadonlyArray<boolean>;
}

export interface DocLiteralScan {
  /** The strings found in `text` (a whole document), to be asked of its sentences. */
  hits(text: string): DocLiteralHits;
}

/**
 * The document scan of `regexes`, with the same gates as `compileLiteralScan`: only the first
 * (least likely) set of each alternative; a regex without a usable requirement is always possible.
 */
export function compileDocLiteralScan(regexes: ReadonlyArray<RegExp>): DocLiteralScan {
  const ids = new Map<string, number>();
  const opens: number[][] = [];
  const always = regexes.map(() => false);
  regexes.forEach((re, r) => {
    const req = re.flags.includes('i') && !re.unicode && !re.flags.includes('v') ? requirement(re.source, true) : null;
    if (!req) {
      always[r] = true;
      return;
    }
    for (const sets of req) {
      for (const s of sets[0]!) {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = ids.size));
          opens.push([]);
        }
        if (!opens[id]!.includes(r)) opens[id]!.push(r);
      }
    }
  });
  const strings = [...ids.keys()];
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const finder = strings.length ? new RegExp(trieAlternation(strings.map((x) => [...x].map(escape))), 'g') : null;
  // at one place the longest string is reported: it opens what every string that is its prefix opens
  const opensAt = strings.map((x) => [...new Set(strings.flatMap((t, j) => (x.startsWith(t) ? opens[j]! : [])))]);
  const allOpen = regexes.map(() => true);

  return {
    hits(text) {
      const result = [...always];
      if (!finder) return { possible: () => result };
      const lower = text.toLowerCase();
      // lower-casing that changes the length ("İ") would move every offset after it: open everything
      if (lower.length !== text.length) return { possible: () => allOpen };
      // Lower-casing one character does not depend on its neighbours except for a final sigma,
      // which no gate string holds, so the strings found here are those each sentence's own lowering holds.
      const at: number[] = [];
      const which: number[] = [];
      finder.lastIndex = 0;
      for (let m = finder.exec(lower); m; m = finder.exec(lower)) {
        at.push(m.index);
        which.push(ids.get(m[0])!);
        finder.lastIndex = m.index + 1; // strings may overlap ("radiating" and "ating")
      }
      return {
        possible(from, to) {
          for (let r = 0; r < result.length; r++) result[r] = always[r]!;
          // first hit at or after `from`
          let lo = 0;
          let hi = at.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (at[mid]! < from) lo = mid + 1;
            else hi = mid;
          }
          for (let h = lo; h < at.length && at[h]! < to; h++) {
            const open = opensAt[which[h]!]!;
            for (let k = 0; k < open.length; k++) result[open[k]!] = true;
          }
          return result;
        },
      };
    },
  };
}
