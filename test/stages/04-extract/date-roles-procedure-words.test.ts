/**
 * Procedure cues are words of their own: "ESI" inside "Anesthesiology" and a surgical specialty in
 * parentheses after a doctor's name date no procedure, while "TFESI 3/2/21" does; an operative or
 * procedure report's date of service is the procedure's day.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const roles = (text: string, iso: string) => [...new Set(findEventDates(docOf(text), lex).filter((d) => d.date === iso).map((d) => d.role))];

describe('procedure cues', () => {
  it('does not read "Anesthesiology" as an ESI', () => {
    const text = 'PROGRESS REPORT\nDiagnoses: lumbar strain.\n\n/s/ A. Doctor, M.D.\nDiplomate, American Board of Anesthesiology (Pain Medicine)\nDictated 07/08/2024; transcribed 07/10/2024\n';
    expect(roles(text, '2024-07-08')).not.toContain('procedure');
  });

  it('does not read a surgical specialty in parentheses as surgery', () => {
    const text = 'UTILIZATION REVIEW DETERMINATION\nRequesting provider: Sample Raman, M.D. (Orthopaedic Surgery)\nRFA dated: 11/28/2022\n';
    expect(roles(text, '2022-11-28')).not.toContain('procedure');
  });

  it('still reads a transforaminal ESI written "TFESI" as a procedure', () => {
    const text = 'PROGRESS REPORT\nTreatment to date:\n- Acupuncture x6: no change.\n- L L5-S1 TFESI 3/2/21: about 60% relief for 3 weeks.\n';
    expect(roles(text, '2021-03-02')).toEqual(['procedure']);
  });

  it('reads the date of service of a procedure report as the procedure', () => {
    const head = 'PAIN CENTER\n\nOPERATIVE / PROCEDURE REPORT\n\nPATIENT: Sample, Pat     DATE OF SERVICE: 08/29/2016\n';
    expect(roles(`${head}PROCEDURE PERFORMED: left L5 transforaminal epidural steroid injection.\n`, '2016-08-29')).toEqual(['procedure']);
    // a clinic note's date of service is its visit
    expect(roles('PROGRESS REPORT\n\nPATIENT: Sample, Pat     DATE OF SERVICE: 08/29/2016\nSubjective: low back pain.\n', '2016-08-29')).toEqual(['visit']);
  });
});

describe('a clinical letter dated the day it was dictated', () => {
  it('reads the letter date as the visit although a "Dictated" line dates the same day', () => {
    const text = 'SPINE CENTER\n\nJuly 8, 2024\n\nJane Roe, M.D.\n\nRE: Sample Patient\nHISTORY OF PRESENT ILLNESS: low back pain.\nPHYSICAL EXAMINATION: SLR negative.\n\nDictated 07/08/2024; transcribed 07/10/2024\n';
    expect(docOf(text).kind).toBe('progress_report');
    expect(roles(text, '2024-07-08')).toEqual(['visit']);
  });
});
