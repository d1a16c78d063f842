/** An inline "Imaging: ..." label heads one paragraph: the SOAP exam after the blank line is read. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();

describe('exam: after an inline imaging paragraph', () => {
  it('"Imaging: MRI ..." then a blank line and "O:": the objective findings are exam text, the MRI line is not', () => {
    const doc = segmentDocument([
      'SUBJECTIVE:', 'Neck pain into the right arm, worse with overhead work.', '',
      'Imaging: MRI C-spine 2/3/24 - C6-7 right foraminal stenosis.', '',
      'O:', "Spurling's test positive on the right. Cervical rotation 50 degrees to the right.", '',
      'A:', 'Right C7 radiculopathy.',
    ].join('\n'), lexicons);
    expect(findExamFindings(doc, lexicons).map((f) => [f.finding, f.qualifier, f.side, f.value])).toEqual([
      ['special_test', 'Spurling', 'right', 'positive'], ['range_of_motion', 'rotation', 'right', 50],
    ]);
  });
});
