import { describe, expect, it } from 'vitest';
import { lineStartChars, mayStartLine } from '../../../../src/stages/04-extract/treatments/line-start-gate.js';
import { compileTreatmentLexicons, firstCue } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const chars = (pattern: string): string | null => {
  const g = lineStartChars(pattern);
  return g ? String.fromCharCode(...[...g.keys()].filter((k) => g[k])) : null;
};

describe('lineStartChars', () => {
  it.each([
    ['^[ \\t]*ITEM[ \\t]+\\d+', 'Ii'],
    ['^[ \\t]*\\d+\\.[ \\t]+(?:Is|Are)', '0123456789'],
    ['^[ \\t]*(?:(?:#|No\\.?)[ \\t]+)?(?:PLAN|Orders)', '#NOPnop'],
    ['^No\\b', 'Nn'],
  ])('%s opens with %s', (pattern, expected) => {
    expect(chars(pattern)).toBe(expected);
  });

  it.each([
    ['^[ \\t]*(?<item>[^\\n:]{3,240}?):'], // a negated class
    ['^\\s*(?:On|In)\\s+'], // \s may run over lines
    ['^[ \\t]*(?:PLAN)?'], // may match nothing
    ['^[ \\t]*(?= )x'], // a look-around first
    ['^(?:[ -]|x)'], // may start with a blank the lead would have skipped
  ])('%s gives no gate', (pattern) => {
    expect(chars(pattern)).toBeNull();
  });

  it('reads only up to the first element that cannot be empty', () => {
    expect(chars('^[ \\t]*ITEM(?=[ \\t])[\\u2013]\\k<x>')).toBe('Ii');
  });
});

describe('mayStartLine', () => {
  const gate = lineStartChars('^[ \\t]*ITEM')!;
  it('skips the blanks of the lead, or not', () => {
    expect(mayStartLine('x\n  \tItem 2', 2, gate, true)).toBe(true);
    expect(mayStartLine('x\n  \tItem 2', 2, gate, false)).toBe(false);
    expect(mayStartLine('x\n  \tNote', 2, gate, true)).toBe(false);
    expect(mayStartLine('x\n  ', 2, gate, true)).toBe(false);
  });

  it('never rules out a line where a gated cue of the lexicon matches', () => {
    const c = compileTreatmentLexicons({ treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') });
    const lines = [
      'ITEM 1: Physical therapy x 8', '  1. Is the request for a TENS unit medically necessary and appropriate?',
      '1) Regarding the request for Norco 10/325 #60:', 'REQUESTED TREATMENT(S):', 'Plan:', 'POST-OPERATIVE PLAN',
      'Requested treatment: lumbar ESI', 'B. Acupuncture x 6 - NON-CERTIFIED', 'No', 'Yes', 'Follow-up in 4 weeks',
      'If no improvement, consider surgery', 'Guidelines applied: MTUS', 'MTUS Chronic Pain Guidelines', 'PROCEDURES PERFORMED:',
      'She reports the pain returned.', 'Diagnoses:',
    ];
    for (const cues of Object.values(c.cues)) {
      for (const cue of cues) {
        if (!cue.lineGate) continue;
        for (const line of lines) if (firstCue([cue], line)) expect(mayStartLine(line, 0, cue.lineGate.chars, cue.lineGate.skipsBlanks)).toBe(true);
      }
    }
  });
});
