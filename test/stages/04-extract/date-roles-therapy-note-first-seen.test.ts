/**
 * A therapist's note or discharge summary dated in a records list is a records date, not a visit;
 * a form's "DATE FIRST SEEN:" dates the start of care; a UR letter's "Date of decision:" is its UR
 * decision date.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const roles = (text: string, iso: string) => [...new Set(findEventDates(docOf(text), lex).filter((d) => d.date === iso).map((d) => d.role))];

describe('records dates', () => {
  it('reads a therapy note in a records list as other, and a PR-2 beside it as a visit', () => {
    const text = 'UTILIZATION REVIEW DETERMINATION\nRecords reviewed: PR-2 dated 12/14/22; physical therapy discharge note dated 1/20/23.\n';
    expect(roles(text, '2023-01-20')).toEqual(['other']);
    expect(roles(text, '2022-12-14')).toEqual(['visit']);
  });

  it('reads "DATE FIRST SEEN:" as other beside the visit date', () => {
    const text = 'PROGRESS REPORT\nDATE OF VISIT: 10/03/2011\nDATE FIRST SEEN: 08/15/2011\n';
    expect(roles(text, '2011-08-15')).toEqual(['other']);
    expect(roles(text, '2011-10-03')).toEqual(['visit']);
  });

  it('reads a UR letter\'s "Date of decision:" as the UR decision date', () => {
    expect(roles('UTILIZATION REVIEW DECISION - PARTIAL CERTIFICATION\n\nDate of decision:      May 9, 2023\n', '2023-05-09')).toEqual(['ur_decision']);
  });
});
