/**
 * The day a course of sessions ended ("Finished 8 PT visits on 04/20/2021", "x 10 (completed
 * 6/1/22)") is not the course's date; a single procedure "completed on" a day keeps it, and so
 * does a series whose last day is told in a clause of its own.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const datesOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.date]);

describe('the day a course of sessions ended', () => {
  it('is not the course date, so it joins the course dated by its start', () => {
    expect(datesOf('Started physical therapy on 03/02/2021. Finished 8 PT visits on 04/20/2021 with some relief.')).toEqual([['physical therapy', '2021-03-02']]);
    expect(datesOf('Chiropractic care x 10 (completed 6/1/22) - "about half better."')).toEqual([['chiropractic manipulation', null]]);
  });

  it('is kept for a single procedure completed on a day, and for a series dated by its last', () => {
    expect(datesOf('She completed a lumbar epidural steroid injection on 5/6/2019 with 50% relief.')).toEqual([['epidural steroid injection', '2019-05-06']]);
    expect(datesOf('He completed a series of three hyaluronic acid injections, the last on 04/02/2017, with no relief.')).toEqual([['hyaluronic acid injection', '2017-04-02']]);
  });
});
