/**
 * An analgesic's response from pain rated before and after a dose, from blind set 21: "knee pain
 * 8/10, which she states comes down to 6/10 after her morning dose" rates the pain without and
 * with the medication, as "8/10 without, 6/10 with" does.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: pain that comes down after a dose', () => {
  it('an opioid whose own response is not stated takes the drop after the dose', () => {
    expect(priorsOf('HISTORY:\nShe has taken MS Contin since 2018.\n\nThe progress note documents bilateral knee pain 8/10, which she states comes down to 6/10 after her morning dose.\n'))
      .toEqual([['opioid analgesic', 'partial_relief']]);
  });

  it('a score that comes down with rest is no medication response', () => {
    expect(priorsOf('HISTORY:\nShe has taken MS Contin since 2018.\n\nKnee pain 8/10, which comes down to 6/10 after rest.\n'))
      .toEqual([['opioid analgesic', 'unknown']]);
  });
});
