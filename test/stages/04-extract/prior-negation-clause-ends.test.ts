/**
 * Where a denial ends, from blind set 21: an elliptical "but not the clicking," negates only its
 * phrase, not the next treatment listed; "and he was placed in a brace" opens a new clause that the
 * "no fracture" before it does not reach (and care given "that afternoon" takes the day named).
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.date]);

describe('prior treatments: where a denial ends', () => {
  it.each([
    ['Treatment has included physical therapy that improved his motion but not the clicking, naproxen with some benefit, and a cortisone injection on 6/4/2013 which gave no relief.',
      [['physical therapy', 'partial_relief', null], ['NSAID', 'partial_relief', null], ['steroid injection', 'no_relief', '2013-06-04']]],
    ['Urgent care x-rays that afternoon (06/27/2022) showed no fracture, and he was placed in a hinged brace.', [['orthotic/brace', 'unknown', '2022-06-27']]],
  ])('%s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });

  it.each([
    ['He has had physical therapy but not acupuncture.', [['physical therapy', 'unknown', null]]],
    ['X-rays showed no fracture and no brace was needed.', []],
  ])('a denial of the treatment itself still holds: %s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });
});
