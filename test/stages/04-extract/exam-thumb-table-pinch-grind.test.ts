/**
 * A thumb motion table ("Thumb motion   Right   Left", cells "40 degrees   50 degrees") reads per
 * side with palmar and radial abduction named; a strength table under a long title line keeps its
 * "Right   Left" header on a line of its own, so its grip and pinch rows read per side; tip pinch is
 * its own measure; the thumb CMC grind test is named as such.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findExamFindings(docOf(text), lex).map((f) => `${f.finding} ${f.side} ${f.qualifier} ${f.value}`);

describe('hand examination tables', () => {
  it('reads a thumb motion table with units in its cells', () => {
    const text = 'EXAMINATION\n  Thumb motion                      Right          Left\n    Palmar abduction                40 degrees     50 degrees\n    Radial abduction                45 degrees     55 degrees\n';
    expect(read(text)).toEqual([
      'range_of_motion right palmar abduction 40', 'range_of_motion left palmar abduction 50',
      'range_of_motion right radial abduction 45', 'range_of_motion left radial abduction 55',
    ]);
  });

  it('reads a grip and pinch table under a long title line', () => {
    const text = 'EXAMINATION\n  Strength (Jamar position 2, mean of three trials; pinch gauge)\n                                    Right          Left\n'
      + '    Grip                            16 kg          24 kg\n    Tip pinch                       2.5 kg         4.5 kg\n';
    expect(read(text)).toEqual(['other right grip strength 16', 'other left grip strength 24', 'other right tip pinch 2.5', 'other left tip pinch 4.5']);
  });

  it('names the thumb CMC grind test', () => {
    expect(read('EXAMINATION\nCMC grind test positive on the right, negative on the left.\n')).toEqual(['special_test right CMC grind positive', 'special_test left CMC grind negative']);
  });
});

describe('the place a test was done', () => {
  it('is the last place named before the first comma, past "distal lateral"', () => {
    expect(findExamFindings(docOf('EXAMINATION\nTinel\'s sign was positive over the superficial peroneal nerve at the distal lateral leg, with tingling into the dorsum of the foot.\n'), lex)
      .map((f) => `${f.qualifier} ${f.bodyPart}`)).toEqual(['Tinel lower leg']);
    expect(findExamFindings(docOf('EXAMINATION\nTinel sign over the sciatic nerve at the gluteal fold is negative.\n'), lex).map((f) => f.bodyPart)).toEqual(['hip']);
  });
});
