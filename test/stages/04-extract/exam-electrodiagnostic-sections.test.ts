/** The results of a nerve conduction study or needle EMG written after the exam are no exam findings. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const exam = (text: string) => findExamFindings(segmentDocument(text, lexicons), lexicons).map((f) => [f.finding, f.side, f.value]);

describe('exam: electrodiagnostic sections', () => {
  it('a nerve conduction or needle EMG section after the exam is not exam text', () => {
    const text = 'EXAMINATION:\nSpurling test negative.\n\nNERVE CONDUCTION STUDIES:\nLeft median motor and sensory: normal.\n\nNEEDLE EMG:\nLeft deltoid: normal.\n';
    expect(exam(text)).toEqual([['special_test', null, 'negative']]);
  });

  it('the exam itself is still read', () => {
    const text = 'EXAMINATION:\nSensory: normal.\n';
    expect(exam(text)).toEqual([['sensation', 'bilateral', 'normal']]);
  });
});
