import { describe, expect, it } from 'vitest';
import { compileTreatmentLexicons, firstCue } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { cueGate } from '../../../../src/stages/04-extract/treatments/cue-gate.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const c = compileTreatmentLexicons({ treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') });
const cues = (['duration', 'functional', 'percent', 'pain-change', 'response', 'pain-unchanged', 'relief-lost'] as const).flatMap((r) => c.cues[r]);
const gate = cueGate(cues);

describe('cueGate', () => {
  it.each([
    ' provided 80% relief for approximately six hours',
    ' gave HIM ABOUT 50% RELIEF lasting 6 weeks',
    ' improved the low back by about 30% but did nothing for the neck',
    ' lowers her pain from 8/10 to 6/10',
    ' 4/10 with it and 8/10 without',
    ' helped for two days, then the pain came back',
    ' made things worse; unable to return to work',
    ' no functional improvement was documented',
    ' wore off within hours',
    ' the pain itself was unchanged',
  ])('allows every cue that matches %j', (text) => {
    const may = gate.open(text);
    for (const cue of cues) if (firstCue([cue], text)) expect(may(cue)).toBe(true);
    expect(cues.some((cue) => firstCue([cue], text))).toBe(true);
  });

  it('rules out cues whose words a text lacks', () => {
    const may = gate.open(' on 03/04/2015 at L4-5');
    expect(cues.filter((cue) => may(cue)).length).toBeLessThan(3);
  });

  it('allows cues it was not built for', () => {
    expect(gate.open('')(c.cues.dose[0]!)).toBe(true);
  });
});
