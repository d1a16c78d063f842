/**
 * A consultation written as a letter dates itself on a line of its own under the letterhead: that
 * date is the visit the letter reports, unless the letter says the patient was seen in the days
 * just before it (then the letter was written after that visit, and its own date is a records date).
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const HEAD = 'VALLEY HAND SURGERY\n100 Example Road, Stockton, CA 95207\n\nHAND SURGERY CONSULTATION\n\nMarch 4, 2021\n\nJane Roe, M.D.\nOccupational Health\n\nRE: Sample Patient\nDate of injury: 11/02/2020\n\n';

const roleOf = (text: string, iso: string) => findEventDates(docOf(text), lex).filter((d) => d.date === iso).map((d) => d.role);

describe('a clinical letter\'s own date', () => {
  it('is the visit when nothing else dates the visit', () => {
    const text = `${HEAD}HISTORY OF PRESENT ILLNESS: Right hand pain since a fall.\n\nPHYSICAL EXAMINATION: Tinel positive at the right wrist.\n`;
    expect(docOf(text).kind).toBe('progress_report');
    expect(roleOf(text, '2021-03-04')).toEqual(['visit']);
  });

  it('is a records date when the letter reports a visit a day before it', () => {
    const text = `${HEAD}She was examined in my office on March 3, 2021. PHYSICAL EXAMINATION: Tinel positive at the right wrist.\n`;
    expect(roleOf(text, '2021-03-03')).toEqual(['visit']);
    expect(roleOf(text, '2021-03-04')).toEqual(['other']);
  });

  it('is still the visit when the only earlier visits are weeks before (reports of other doctors)', () => {
    const text = `${HEAD}I reviewed your reports of 01/12/2021 through 02/14/2021. PHYSICAL EXAMINATION: Tinel positive at the right wrist.\n`;
    expect(roleOf(text, '2021-03-04')).toEqual(['visit']);
  });

  it('does not apply to a letter that is not a clinical report', () => {
    const text = 'QUALIFIED MEDICAL EVALUATOR\n\nMarch 4, 2021\n\nDear Counsel:\nThis supplemental report answers your questions about the apportionment.\n';
    expect(docOf(text).kind).not.toBe('progress_report');
    expect(roleOf(text, '2021-03-04')).toEqual(['other']);
  });
});
