/**
 * Date roles that depend on how the date is set down: an item of a semicolon-separated records
 * list, a "Visit" form field with a dot leader, a specialty after a doctor's credential, a
 * procedure verb after the date, an imaging cue a long way back, a planned re-examination, and an
 * RFA written on the day of the report that asks for it.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => new Map(findEventDates(docOf(text), lex).map((d) => [d.date, d.role]));

describe('date roles: records lists, form fields and word order', () => {
  it('a records list separated by semicolons gives each date the cue of its own item', () => {
    const r = rolesOf('Documents: PTP note 05/14/2020; radiograph report 03/02/2020; procedure note 04/20/2020; therapy notes 06/01/2020.\n');
    expect(r.get('2020-05-14')).toBe('visit');
    expect(r.get('2020-04-20')).toBe('procedure');
    expect(r.get('2020-03-02')).toBe('imaging');
  });

  it('a page header "CLINIC - PATIENT - DOI date - date" gives the second date the visit, not the injury', () => {
    const r = rolesOf('WESTSIDE ORTHO - DOE, JANE Q. - DOI 2/5/18 - 09/12/2019\n\nS: Low back pain.\n');
    expect(r.get('2018-02-05')).toBe('injury');
    expect(r.get('2019-09-12')).toBe('visit');
  });

  it('a labelled cumulative-trauma range keeps its end as the injury date', () => {
    const r = rolesOf('Claim 12 - DOI: CT 01/01/2015 - 06/30/2019\n');
    expect(r.get('2019-06-30')).toBe('injury');
  });

  it('a date followed by the word injection is no imaging date', () => {
    expect(rolesOf('She noted 70% relief after the 08/14/2019 injection, lasting a month.\n').get('2019-08-14')).toBe('procedure');
  });

  it('a "Visit" form field read through its dot leader is the visit, even when a study has the same date (the study\'s own mention stays imaging)', () => {
    const text = 'Name ......... DOE, JANE      Visit ........ 03/15/2021\n\nHISTORY\nShe is better.\n\nKnee x-rays, 03/15/2021: no effusion.\n';
    expect(findEventDates(docOf(text), lex).map((d) => d.role)).toEqual(['visit', 'imaging']);
  });

  it('a next visit written as a field is not a visit', () => {
    expect(rolesOf('PLAN\nNext visit: 05/20/2021\n').get('2021-05-20')).toBe('other');
  });

  it('a specialty after the treating doctor\'s credential is no surgery', () => {
    const r = rolesOf('Requesting provider .... Sam T. Ortiz, M.D., Hand Surgery\nRFA dated ..... 07-09-2022\n');
    expect(r.get('2022-07-09')).toBe('other');
    const both = rolesOf('Requesting provider .... Sam T. Ortiz, M.D., Hand Surgery\nRFA dated / received ....... 07-09-2022 / 07-11-2022\n');
    expect(both.get('2022-07-11')).toBe('other');
    expect(rolesOf('She had hand surgery on 07/09/2022 and did well.\n').get('2022-07-09')).toBe('procedure');
  });

  it('a procedure verb after the date names a procedure', () => {
    expect(rolesOf('On 11/02/2020 he received a series of three lumbar facet injections on the left.\n').get('2020-11-02')).toBe('procedure');
    expect(rolesOf('On 11/02/2020, the patient underwent a diagnostic left L4 medial branch block.\n').get('2020-11-02')).toBe('procedure');
  });

  it('a date seen after it is a visit', () => {
    expect(rolesOf('Two days later, 06/11/2019, he was seen at an urgent care center for the shoulder.\n').get('2019-06-11')).toBe('visit');
  });

  it('an imaging cue may start further back than the usual window', () => {
    expect(rolesOf('Radiographs of the left knee taken at an outside urgent care on 1/5/2020 were negative.\n').get('2020-01-05')).toBe('imaging');
  });

  it('a planned re-examination is not a visit', () => {
    expect(rolesOf('Reexamination in 6 weeks (approximately 09/30/2021).\n').get('2021-09-30')).toBe('other');
  });

  it('an RFA written on the day of a report takes the report\'s visit role; alone it is a records date', () => {
    const r = rolesOf('We reviewed the request for authorization dated 10/05/2020.\nThe progress report of 10/05/2020 documents neck pain.\n');
    expect(r.get('2020-10-05')).toBe('visit');
    expect(rolesOf('We reviewed the request for authorization dated 10/05/2020.\n').get('2020-10-05')).toBe('other');
  });
});

describe('date roles: specialties naming a report, UR decisions told as a sentence', () => {
  it('a report named by its surgical specialty is a visit, not a surgery', () => {
    expect(rolesOf('Records:\n- Orthopedic surgery progress report dated 09.12.2018\n').get('2018-09-12')).toBe('visit');
    expect(rolesOf('She had wrist surgery on 09/12/2018.\n').get('2018-09-12')).toBe('procedure');
  });

  it('"utilization review non-certified ... on DATE" is the UR decision', () => {
    expect(rolesOf('Utilization review denied the request for therapy on 3/7/2021.\n').get('2021-03-07')).toBe('ur_decision');
  });
});
