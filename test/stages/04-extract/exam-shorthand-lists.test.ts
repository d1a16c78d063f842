/** Exam shorthand lists: motions with bare numbers, symbol results followed by a side, side-column tables of any finding. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);

describe('exam shorthand lists', () => {
  it('two or more motions with bare numbers are degrees, each on the side of the joint named before them', () => {
    const got = exam('Hip: left hip IR 20, ER 35 and abd 30; right hip IR 35, ER 45.');
    expect(got.filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.qualifier, f.value, f.unit])).toEqual([
      ['hip', 'left', 'internal rotation', 20, 'degrees'],
      ['hip', 'left', 'external rotation', 35, 'degrees'],
      ['hip', 'left', 'abduction', 30, 'degrees'],
      ['hip', 'right', 'internal rotation', 35, 'degrees'],
      ['hip', 'right', 'external rotation', 45, 'degrees'],
    ]);
  });

  it('a single motion with a bare number is not a measure', () => {
    expect(exam('Elbow flexion 4 with effort.').filter((f) => f.finding === 'range_of_motion')).toEqual([]);
  });
});
