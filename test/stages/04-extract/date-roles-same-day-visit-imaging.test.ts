/**
 * A clinic visit on the day of an imaging study is both: the mention whose own words
 * name the visit ("at the follow-up of DATE") keeps the visit role, the study's mention keeps imaging.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: a visit the same day as imaging or a procedure', () => {
  it('keeps a follow-up visit as a visit beside same-day radiographs', () => {
    expect(rolesOf('HISTORY:\nAt the follow-up of 02/23/2016 she reported low back pain. Radiographs of 02/23/2016 show the hardware intact.\n')).toEqual([
      ['2016-02-23', 'visit'], ['2016-02-23', 'imaging'],
    ]);
  });

  it('keeps a progress-report date as a visit beside a same-day x-ray', () => {
    expect(rolesOf('RECORDS REVIEWED:\n- Orthopedic progress reports, 10/04/2016 through 01/17/2017\n\nHISTORY:\nStanding radiographs obtained 10/04/2016 showed mild medial narrowing.\n').filter((r) => r[0] === '2016-10-04')).toEqual([
      ['2016-10-04', 'visit'], ['2016-10-04', 'imaging'],
    ]);
  });

  it('leaves an operative report\'s own date the procedure', () => {
    expect(rolesOf('Date of surgery: 06/21/2017\n\nOperative report 06/21/2017 - p. 2 of 2\nThe arthroscopy was uneventful.\n').map((r) => r[1])).toEqual(['procedure', 'procedure']);
  });

  it('still gives a mention with no cue of its own the best-supported role', () => {
    expect(rolesOf('HISTORY:\nKnee MRI 02/11/2021: meniscal tear.\nPlan reviewed 02/11/2021 findings.\n').map((r) => r[1])).toEqual(['imaging', 'imaging']);
  });
});

describe('date roles: imaging on the day of a labelled visit', () => {
  it('keeps the x-ray mention as imaging when a form labels the visit that day', () => {
    expect(rolesOf('Date of exam: 06/07/2019\n\nRADIOLOGY:\nX-rays left knee, 3 views, 06/07/2019: well-fixed components.\n')).toEqual([
      ['2019-06-07', 'visit'], ['2019-06-07', 'imaging'],
    ]);
  });
});
