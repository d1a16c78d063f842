import { describe, expect, it } from 'vitest';
import { lineReach } from '../../../../src/stages/04-extract/treatments/line-reach.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const treatments = loadLexicon('treatments');
const realCues = loadLexicon('treatmentCues');

const COLON_VERDICT = '^[ \\t]*(?<item>(?:[^\\n:]*[a-z,][ \\t]*\\n[ \\t]*)?(?:[^\\n:(]|\\([^)\\n]*\\)){3,240}?):[ \\t]*\\n?[ \\t]*(?<verdict>Upheld|Overturned|Partially\\s+overturned|Uphold|Overturn)[ \\t]*$';

describe('lineReach', () => {
  it('reads the words and the line breaks before them', () => {
    expect(lineReach(COLON_VERDICT)).toEqual({ words: ['upheld', 'partially', 'uphold', 'overturn'], lines: 2 });
    expect(lineReach('^[ \\t]*ITEM[ \\t]+\\d+')).toEqual({ words: ['item'], lines: 0 });
    // the word may hold the line break that ends the line before it
    expect(lineReach('^[^\\n.]*\\n[^\\n.]*\\nPlan')).toEqual({ words: ['\nplan'], lines: 1 });
    // a class that may match a line break counts one per repetition
    expect(lineReach('^[^?]{3,300}?medically')).toEqual({ words: ['medically'], lines: 300 });
  });

  it.each([
    ['^\\s*(?:On|In)\\s+underwent'], // \s+ may run over any number of lines
    ['^[^.]*\\nPlan'], // a negated class without \n, repeated at will: any number of lines
    ['^(?=x)plan'], // a look-around
    ['^[ \\t]*(?:a|bb)'], // no word of three characters
    ['no anchor'],
  ])('%s gives no reach', (pattern) => {
    expect(lineReach(pattern)).toBeNull();
  });
});

/** What a plain global exec loop finds. */
function globalScan(pattern: string, text: string): Array<[number, number]> {
  const re = new RegExp(pattern, 'gim');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('line-anchored cues with a reach', () => {
  const treatmentCues = { ...realCues, entries: [{ id: 'v', role: 'dose' as const, pattern: COLON_VERDICT, reason: 'test' }] };
  const [cue] = compileTreatmentLexicons({ treatments, treatmentCues }).cues.dose;
  const filler = 'The reviewer read the records.\n'.repeat(30);
  const texts = [
    `${filler}Physical therapy x6:  Upheld\n${filler}Norco 10/325mg\n#60:\nOVERTURNED\n${filler}`,
    `${filler}Lumbar epidural steroid injection, left\nL4-5:\n  Partially\noverturned\n`,
    `${filler}Acupuncture:\rUpheld\n${filler}`, // another line terminator: every line is tried
    `${filler}İ ${filler}Massage: Uphold\n`, // lower case changes the length: every line is tried
    filler,
  ];

  it('finds what the global scan finds', () => {
    expect(cue!.lineReach).not.toBeNull();
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(512);
      const all = globalScan(COLON_VERDICT, text);
      expect(matchCues([cue!], text).map((m) => [m.start, m.end])).toEqual(all);
      expect(firstCue([cue!], text)?.start ?? null).toBe(all[0]?.[0] ?? null);
      expect(hasCue([cue!], text)).toBe(all.length > 0);
    }
  });
});
