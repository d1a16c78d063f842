/** "Hip range of motion was full and painless bilaterally": the closing side is the finding's side. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rom = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.value]);

describe('exam: full range of motion judged after the words, then a side', () => {
  it('a closing "bilaterally" gives the side', () => {
    expect(rom('The groin was tender. Hip range of motion was full and painless bilaterally, and the gait was normal.'))
      .toEqual([['hip', 'bilateral', 'normal']]);
  });
  it('without a side word the finding keeps no side', () => {
    expect(rom('The groin was tender. Hip range of motion was full and painless.'))
      .toEqual([['hip', null, 'normal']]);
  });
});
