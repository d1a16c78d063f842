/**
 * A second set of the procedures just named, from blind set 21: "blocks on 8/28/2018 ... and a
 * confirmatory set with lidocaine on 9/25/2018 gave 70% relief" is a second dated block with its
 * own response; "a second round of" names its own treatment after it.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.date, t.reliefPercent]);

describe('prior treatments: a confirmatory set', () => {
  it('is a second course of the block named before it', () => {
    expect(priorsOf('Right L4-5 medial branch blocks on 8/28/2018 took the pain from 7/10 to 1/10 (about 85%), and a confirmatory set with lidocaine on 9/25/2018 gave 70% relief.'))
      .toEqual([['medial branch block', '2018-08-28', 85], ['medial branch block', '2018-09-25', 70]]);
  });

  it('a round of named care is not read as an injection', () => {
    expect(priorsOf('A steroid injection on 3/1/2019 gave no relief, and a second round of physical therapy helped.'))
      .toEqual([['steroid injection', '2019-03-01', null], ['physical therapy', null, null]]);
  });
});
