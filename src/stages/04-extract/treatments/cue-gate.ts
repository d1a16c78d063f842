/**
 * Which cues of a fixed set can match a text, read from the literal strings their patterns
 * require (`compileLiteralScan`): one scan of the text instead of a regex run per cue. A reader
 * that tries a dozen cues on every short text (a treatment's scope) runs only the few whose
 * words occur there. The gate is only ever a necessary condition, so the matches are unchanged.
 */
import { compileLiteralScan } from '../../../text/literal-gate.js';
import type { CompiledCue } from './compile-treatment-lexicons.js';

/** Says, for one text, whether a cue may match it (false: it cannot). */
export type CueFilter = (cue: CompiledCue) => boolean;

/** A gate over a fixed list of cues. */
export interface CueGate {
  /** The filter of `text`; cues outside the gate's list are always allowed. */
  open(text: string): CueFilter;
}

/** The gate of `cues` (built once per compiled lexicon by its callers). */
export function cueGate(cues: readonly CompiledCue[]): CueGate {
  const index = new Map(cues.map((c, i) => [c, i]));
  const scan = compileLiteralScan(cues.map((c) => c.re));
  return {
    open(text: string): CueFilter {
      // a copy: the scan reuses its result array on the next call
      const possible = scan.possible(text).slice();
      return (cue) => {
        const i = index.get(cue);
        return i === undefined || possible[i] === true;
      };
    },
  };
}
