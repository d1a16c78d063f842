/**
 * Terse "Treatment to date" items: "relief x 2 days only" is temporary relief; "dress without help"
 * is a gain in function, not "without help" from the therapy; "the surgery" said right after a
 * named operation is that operation, with its response.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (items: string) => findPriorTreatments(docOf(`Subjective complaints:\nPt reports L shoulder pain.\nTreatment to date:\n${items}\n`), lex)
  .map((t) => [t.treatment, t.procedure ?? null, t.date, t.response, t.reliefPercent]);

describe('prior treatments: terse list items', () => {
  it('"relief x 2 days only" is temporary', () => {
    expect(read(' - Subacromial cortisone inj 3/5/20: relief x 2 days only.')).toEqual([['steroid injection', null, '2020-03-05', 'temporary_relief', null]]);
  });
  it('"can now ... dress without help" after improving motion is no failure of the therapy', () => {
    expect(read(' - Post-op PT x12 since 6/29/20: steadily improving motion; can now reach the shelf and dress without help.')[0]?.[3]).not.toBe('no_relief');
    expect(read(' - PT x8: no help.')[0]?.[3]).toBe('no_relief');
  });
  it('"the surgery" right after a named operation is that operation', () => {
    expect(read(' - L shoulder arthroscopy w/ RCR + SAD 6/11/20: pt feels the surgery has helped about 60%.')).toEqual([
      ['surgery', 'shoulder arthroscopy', '2020-06-11', 'partial_relief', 60],
    ]);
  });
});

describe('prior treatments: relief that lasted days, and no clear benefit', () => {
  const hist = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);
  it('"took away nearly all of her groin pain for about four days before it returned" is temporary', () => {
    expect(hist('A right hip intra-articular injection on 11/27/2018 took away nearly all of her groin pain for about four days before it returned.'))
      .toEqual([['steroid injection', 'temporary_relief']]);
  });
  it('"no clear benefit after ten weeks" is no relief', () => {
    expect(hist('Sertraline 50-100 mg gave no clear benefit after ten weeks.')).toEqual([['antidepressant', 'no_relief']]);
  });
});
