/**
 * A past surgical history lists operations of any cause: one named only there is no prior
 * treatment for the claim, while one the history of the injury also tells of stays one course.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.date]);

describe('prior treatments: past surgical history', () => {
  it('does not start a course from an operation listed only there', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:\nShe strained her low back lifting a crate. Physical therapy helped a little.\n\n'
      + 'PAST SURGICAL HISTORY: Left knee arthroscopy (2004, sports injury).\nMEDICATIONS: Ibuprofen 400 mg as needed.\n';
    expect(treatmentsOf(text).map(([t]) => t)).not.toContain('surgery');
  });

  it('keeps an operation the history of the injury tells of, once', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:\nAfter the fall he underwent a right shoulder arthroscopy on 03/14/2021, which helped.\n\n'
      + 'PAST SURGICAL HISTORY: Right shoulder arthroscopy 03/14/2021.\nMEDICATIONS: None.\n';
    expect(treatmentsOf(text).filter(([t]) => t === 'surgery')).toEqual([['surgery', '2021-03-14']]);
  });
});
