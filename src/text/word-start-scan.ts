/**
 * A union scan (see union-scan.ts) for regexes that all open with a word boundary, as most cue
 * lists do ("\bhistory of", "\brule out", "\bprior"). Their union, or the prefix scan's union of
 * openings, tests the boundary once per alternative at every position of the text; written once
 * in front of the whole union ("\b(?:history...|rule out...|prior...)") it is tested once, which
 * makes the first pass over a long text about a third cheaper (measured on the narrative cues).
 * The first pass matches wherever some regex does, and each regex then runs sticky at those
 * places only, so every regex yields exactly the matches of its own exec loop.
 */
import { hoistWordBoundary, topLevelBranches } from './hoist-word-boundary.js';
import { compilePrefixScan } from './prefix-scan.js';
import { scanAtStarts, type UnionScan } from './union-scan.js';

/** Flags without g and y, which only steer the search. */
const baseFlags = (re: RegExp): string => re.flags.replace(/[gy]/g, '');

/** What follows the word boundary that opens every match of `source`, or null when not every match opens with one. */
function afterBoundary(source: string): string | null {
  const hoisted = hoistWordBoundary(source);
  // one top-level branch that starts with an unquantified \b: the rest is what follows it in every match
  if (topLevelBranches(hoisted).length !== 1 || !hoisted.startsWith('\\b') || /^[?*+{]/.test(hoisted.slice(2))) return null;
  return hoisted.slice(2);
}

/**
 * The scan of `regexes` (g and y flags ignored; each searched from the start of the text), with
 * the results of `compileUnionScan`. Falls back to `compilePrefixScan` when the regexes differ in
 * flags, use unicode mode, hold back-references or named groups (which a union would renumber),
 * or when one of them may match without a word boundary at its start.
 */
export function compileWordStartScan(regexes: readonly RegExp[]): UnionScan {
  const flags = regexes.length ? baseFlags(regexes[0]!) : '';
  const plain = regexes.length > 0 && !/[uv]/.test(flags)
    && regexes.every((re) => baseFlags(re) === flags && !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source));
  const bodies = plain ? regexes.map((re) => afterBoundary(re.source)) : [];
  if (!plain || bodies.some((b) => b === null)) return compilePrefixScan(regexes);
  const first = new RegExp(`\\b(?:${bodies.map((b) => `(?:${b})`).join('|')})`, `${flags}g`);
  return scanAtStarts(first, regexes.map((re) => new RegExp(re.source, `${flags}y`)));
}
