import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { compileTreatmentLexicons, matchCues } from '../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';

/**
 * Roles whose cues are only matched on short texts (the gap between two plan items), where a
 * scan from every position costs nothing.
 */
const SHORT_TEXT_ROLES = new Set(['switch-to']);

describe('treatment cue openings', () => {
  // A regex that opens with a lookbehind has no first character for V8 to search for: the
  // lookbehind is run backwards from every position of the text. Over a whole document one such
  // cue with a long look back ('[^.;]{0,80}?') cost more than all other treatment cues together
  // (the dev corpus ran at 0.5 instead of 0.9 MB per CPU-second). Open with the word and look
  // behind from after it, or gate the cue with `requires`.
  it('no cue matched over whole documents opens with a lookbehind unless `requires` gates it', () => {
    const { treatmentCues } = loadLexicons();
    const offenders = treatmentCues.entries
      .filter((c) => c.pattern.startsWith('(?<=') && !c.requires && !SHORT_TEXT_ROLES.has(c.role))
      .map((c) => c.id);
    expect(offenders).toEqual([]);
  });

  it('the drug-screen and device-in-therapy cues still see their look-back context', () => {
    const { cues } = compileTreatmentLexicons(loadLexicons());
    const ids = (text: string) => matchCues(cues['temporal-reference'], text).map((m) => m.id);
    expect(ids('Urine drug screen on 3/2 was positive for hydrocodone and alprazolam.')).toContain('drug-screen-result');
    expect(ids('Labs were positive for hydrocodone.')).not.toContain('drug-screen-result');
    expect(ids('She used an H-wave unit in PT - it cut the pain in half.')).toContain('device-used-in-therapy');
    expect(ids('He is in physical therapy twice a week.')).not.toContain('device-used-in-therapy');
  });
});
