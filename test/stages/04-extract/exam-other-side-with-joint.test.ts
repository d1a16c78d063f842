/** "ROM 0-110 degrees (left knee 0-135)": the other side's measure in parentheses may name the joint again. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rom = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.qualifier, f.value]);

describe('exam: the other side in parentheses with its joint named', () => {
  it('reads the other side\'s measure', () => {
    expect(rom('Right knee: ROM 0-110 degrees (left knee 0-135).')).toEqual([
      ['knee', 'right', 'flexion', 110], ['knee', 'left', 'flexion', 135],
    ]);
    expect(rom('Right elbow: flexion 120 degrees (left elbow 145 degrees).')).toEqual([
      ['elbow', 'right', 'flexion', 120], ['elbow', 'left', 'flexion', 145],
    ]);
  });
});
