import { describe, expect, it } from 'vitest';
import { docOf } from '../../helpers/docs.js';
import { sentencesContaining } from '../../../src/stages/03-segment/sentences-containing.js';

describe('sentencesContaining', () => {
  it.each([
    ['case-insensitive', 'Pain is better. SCIATICA persists. Sleep is fine.', ['sciatica'], [false, true, false]],
    ['any of several needles', 'Pain radiates. It travels down. Stable.', ['radiat', 'travel'], [true, true, false]],
    ['inside longer words', 'Radiculopathy noted. None.', ['radiculopath'], [true, false]],
    ['not across a sentence end', 'It is a leg. Arm fine.', ['leg. arm'], [false, false]],
    ['no sentence holds it', 'Nothing here.', ['sciatica'], [false]],
  ])('%s', (_label, text, needles, expected) => {
    expect(sentencesContaining(docOf(text), needles)).toEqual(expected);
  });

  it('agrees with testing each sentence on its own', () => {
    const doc = docOf('Numbness in the LEG.\nTingling into the arm; no extremity pain.\n\nSciatica: none. Leg ok.');
    const needles = ['leg', 'arm', 'extremit'];
    const expected = doc.sentences.map((s) => needles.some((n) => s.text.toLowerCase().includes(n)));
    expect(sentencesContaining(doc, needles)).toEqual(expected);
  });

  it('returns null when lower-casing moves offsets', () => {
    expect(sentencesContaining(docOf('\u0130stanbul. Leg pain.'), ['leg'])).toBeNull();
  });
});
