import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../../src/lexicons/load-lexicons.js';
import { compileExamLexicon } from '../../../../src/stages/04-extract/exam/compile-exam-lexicon.js';
import { GateSet, eachWord } from '../../../../src/stages/04-extract/exam/word-gate.js';

const wordsOf = (text: string): string[] => {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
};

describe('eachWord', () => {
  it('gives the lower-cased words as \\b sees them', () => {
    expect(wordsOf("Hawkins' test: POS, L4-5 x-rays_1")).toEqual(['hawkins', 'test', 'pos', 'l4', '5', 'x', 'rays_1']);
    expect(wordsOf('')).toEqual([]);
  });
});

describe('GateSet', () => {
  it('opens a gate on its terms\' first words or leading symbols only', () => {
    const set = new GateSet();
    const other = set.add(['Hawkins']);
    const gate = set.add(["Spurling's test", 'straight leg raise', '(+)', '+']);
    expect(gate('spurlings were not done')).toBe(false);
    expect(gate("SPURLING'S negative")).toBe(true);
    expect(gate('Straight-leg raise')).toBe(true);
    expect(gate('Hawkins (+) R')).toBe(true);
    expect(gate('Hawkins positive')).toBe(false);
    expect(other('Hawkins positive')).toBe(true);
    expect(other("SPURLING'S negative")).toBe(false);
  });

  it('always opens for an empty term', () => {
    expect(new GateSet().add(['', 'abc'])('xyz')).toBe(true);
  });

  it('never closes where the compiled term regex matches', () => {
    const c = compileExamLexicon(loadLexicons().examFindings);
    const texts = [
      'Positive straight-leg raise on the left at 45 degrees; Spurling negative.',
      'Gait antalgic, heel-walking difficult. Tenderness to palpation over L4-5 paraspinals (+).',
      'DTRs 2+ at the knees, 1+ Achilles. Strength 5/5 EHL. Sensation decreased L5 dermatome.',
      'Lumbar flexion 40 degrees, extension 10 degrees, SI joint provocation tests negative.',
    ];
    for (const set of [c.tests, c.results, c.motions, c.keywords, c.reflexSites, c.motorSites, c.labelTests]) {
      for (const t of texts) {
        set.re.lastIndex = 0;
        if (set.re.test(t)) expect(set.may(t)).toBe(true);
        set.re.lastIndex = 0;
      }
    }
    for (const t of texts) {
      for (const [gate, re] of [[c.gates.slr, c.slr], [c.gates.reflexTerms, c.reflexTerms], [c.gates.motorTerms, c.motorTerms], [c.gates.sensationTerms, c.sensationTerms], [c.gates.romTerms, c.romTerms]] as const) {
        re.lastIndex = 0;
        if (re.test(t)) expect(gate(t)).toBe(true);
        re.lastIndex = 0;
      }
    }
  });
});
