/** "Gait: slow, with a slight left limp": a pace word yields to the deviation written after it in the clause. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const gait = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'gait').map((f) => [f.side, f.value]);

describe('exam: gait pace yields to a deviation', () => {
  it('"slow, with a slight left limp" is antalgic on the left', () => {
    expect(gait('Gait: slow, with a slight left limp; heel and toe walking performed.')).toEqual([['left', 'antalgic']]);
  });

  it('slow alone, or after another value, stays as written', () => {
    expect(gait('Gait is slow with a mildly flexed posture.')).toEqual([[null, 'slow']]);
    expect(gait('Gait: non-antalgic but slow; able to heel and toe walk.')).toEqual([[null, 'non-antalgic']]);
  });
});
