/**
 * A treatment given "on the same day" as one dated before it in the sentence takes that date.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const datesOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.date]);

describe('prior treatments: dated by the same day', () => {
  it('dates the second injection by the first one\'s day', () => {
    const text = 'A cortisone injection into the left wrist on 05/02/2022 helped for ten days before the pain came back; '
      + 'a cortisone injection into the left elbow on the same day eased it for three days, then the pain returned.';
    expect(datesOf(text)).toEqual([['steroid injection', '2022-05-02'], ['steroid injection', '2022-05-02']]);
  });

  it('leaves a treatment undated when no day is named before it', () => {
    expect(datesOf('Acupuncture later that same day did not help.')).toEqual([['acupuncture', null]]);
  });
});
