import { describe, expect, it } from 'vitest';
import { compileTreatmentLexicons, firstCue, matchCues } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const treatments = loadLexicon('treatments');
const realCues = loadLexicon('treatmentCues');

/** A cue lexicon holding only `patterns` (as role "dose"), to compare the scans with plain global regexes. */
function cuesOf(patterns: readonly string[]) {
  const treatmentCues = { ...realCues, entries: patterns.map((pattern, i) => ({ id: `p${i}`, role: 'dose' as const, pattern, reason: 'test' })) };
  return compileTreatmentLexicons({ treatments, treatmentCues }).cues.dose;
}

/** What a plain global exec loop finds (the scan line-anchored cues must reproduce). */
function globalScan(pattern: string, text: string): Array<[number, number]> {
  const re = new RegExp(pattern, 'gim');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const TEXTS = [
  'ITEM 1: PT x6\nITEM 2: Norco\n\nitem 3: MRI',
  'a\r\nITEM 4: TENS\rITEM 5\u2028ITEM 6: x\u2029\n',
  '\n\n\n',
  '',
  'no anchor here ITEM 7: x',
  'P:\n1. PT\n2. Norco\n',
];
const PATTERNS = ['^[ \\t]*ITEM[ \\t]+\\d+[.:]?[^\\n]*', '^', '^\\s*', '^(?:\\d\\.|P:)[^\\n]*\\n?', '^[^\\n]*$', '^\\s*$'];

describe('line-anchored cues scanned line by line', () => {
  it.each(PATTERNS)('%s: same matches as the global scan', (pattern) => {
    const [cue] = cuesOf([pattern]);
    expect(cue!.atLineStart).not.toBeNull();
    for (const text of TEXTS) {
      expect(matchCues([cue!], text).map((m) => [m.start, m.end])).toEqual(globalScan(pattern, text));
      const first = firstCue([cue!], text);
      expect(first ? [first.start, first.end] : null).toEqual(globalScan(pattern, text)[0] ?? null);
    }
  });

  it('leaves a pattern with a top-level alternative to the global scan', () => {
    const [cue] = cuesOf(['^a|b']);
    expect(cue!.atLineStart).toBeNull();
    expect(matchCues([cue!], 'ab\nba').map((m) => m.start)).toEqual([0, 1, 3]);
  });
});
