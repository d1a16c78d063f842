/**
 * Clinic shorthand: "inj" for injection ("cortisone inj", "facet inj") names the injection, and
 * relief "~3 wks" or "for a few hrs" is timed relief.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('treatment terms and durations in shorthand', () => {
  it.each([
    ['L knee steroid inj 4/2022: relieved the ache ~3 wks, then it returned.', 'steroid injection', 'temporary_relief'],
    ['Bilateral L4-5 facet inj in March - eased the back pain for 6 hrs.', 'facet joint injection', 'temporary_relief'],
    ['R SI joint inj (1/2023) - no relief.', 'sacroiliac joint injection', 'no_relief'],
  ])('%s', (text, treatment, response) => {
    expect(readOf(text)).toContainEqual([treatment, response]);
  });

  it('the full word is still one injection', () => {
    expect(readOf('A cortisone injection into the elbow in May did nothing.')).toEqual([['steroid injection', 'no_relief']]);
  });
});
