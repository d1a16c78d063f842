/**
 * A course told twice, from blind set 21: a response read without a percent in one place ("5/10
 * before her morning gabapentin ...; the buttock pain does not change with medication") gives way
 * to the percent the record states for the same course elsewhere ("leg burning about 30% better").
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: a stated percent of the same course', () => {
  it('wins over a response read without one', () => {
    expect(priorsOf('The leg pain is 5/10 before her morning gabapentin; the buttock pain does not change with medication.\n\nTREATMENT TO DATE:\n- Gabapentin 300 mg three times a day: leg burning about 30% better.'))
      .toEqual([['anticonvulsant', 'partial_relief', 30]]);
  });

  it('a first response with its own percent stays', () => {
    expect(priorsOf('Gabapentin gave about 60% relief.\n\nTREATMENT TO DATE:\n- Gabapentin: about 30% better.'))
      .toEqual([['anticonvulsant', 'partial_relief', 60]]);
  });
});
