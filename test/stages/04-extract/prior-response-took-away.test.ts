/**
 * "Took the pain away completely" is complete relief, with the part of the pain named between
 * the words ("took the plate pain away completely"); when it then came back within weeks it is
 * temporary relief.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: took the pain away', () => {
  it('completely, and it held', () => {
    expect(readOf('A steroid injection on 08/22/2017 took the ankle pain away completely.')).toEqual([['steroid injection', 'significant_relief']]);
  });

  it('completely for two weeks, then it came back', () => {
    expect(readOf('A steroid injection on 08/22/2017 took the plate pain away completely for about two weeks, then it came back.'))
      .toEqual([['steroid injection', 'temporary_relief']]);
  });
});
