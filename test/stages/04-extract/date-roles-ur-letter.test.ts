/**
 * A UR letter's "Determination date" (weekday and all) is its UR decision date, and a progress
 * report that mentions post-operative therapy is still a progress report.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../src/stages/03-segment/classify-document.js';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const UR = 'UTILIZATION REVIEW DETERMINATION\n\nDetermination date:   Tuesday, June 2, 2020\n\nRequested treatment: lumbar MRI - NON-CERTIFIED\n';

describe('date roles by document kind', () => {
  it('reads a UR letter\'s "Determination date: Tuesday, June 2, 2020" as the UR decision date', () => {
    const doc = docOf(UR);
    expect(doc.kind).toBe('ur_determination');
    expect(findEventDates(doc, lex).map((d) => [d.date, d.role])).toEqual([['2020-06-02', 'ur_decision']]);
  });

  it('keeps "Determination date" as the determination date in an IMR letter', () => {
    const doc = docOf('Notice of Independent Medical Review Determination\nIMR FINAL DETERMINATION\nDetermination date: 06/02/2020\n');
    expect(findEventDates(doc, lex).map((d) => d.role)).toEqual(['determination']);
  });
});

describe('document kind: operative words in prose', () => {
  it('does not take "post-operative therapy" in a progress report for an operative report', () => {
    expect(classifyDocument('PROGRESS REPORT\nSubjective complaints: she finished 12 post-operative physical therapy visits.\n', lex)).toBe('progress_report');
  });

  it('still reads an OPERATIVE REPORT heading as another kind of document', () => {
    expect(classifyDocument('OPERATIVE REPORT\nPREOPERATIVE DIAGNOSES\n1. Rotator cuff tear.\nPhysical examination before surgery.\n', lex)).toBe('other');
  });
});

describe('date roles in a one-line IMR header', () => {
  it('reads "| Decision Date: 05/02/2017" as the determination date', () => {
    const doc = docOf('IMR Case Number: CM00-0000000 | Date Assigned: 04/06/2017 | Decision Date: 05/02/2017\nDate of Injury: 06-14-2012\n');
    expect(findEventDates(doc, lex).map((d) => [d.date, d.role])).toContainEqual(['2017-05-02', 'determination']);
  });
});
