/** Bare measures closed by one side after a list of motions ("compared with 70 and 65 degrees on the right"). */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const rom = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.side, f.value]);

describe('exam: the other side measured in one closing phrase', () => {
  it('"compared with 150, 40 and 60 degrees on the left" measures the listed motions in order on that side', () => {
    expect(rom(exam('Right shoulder abduction was 90 degrees, external rotation 20 degrees and internal rotation 35 degrees, compared with 150, 40 and 60 degrees on the left.'))).toEqual([
      ['abduction', 'right', 90], ['external rotation', 'right', 20], ['internal rotation', 'right', 35],
      ['abduction', 'left', 150], ['external rotation', 'left', 40], ['internal rotation', 'left', 60],
    ]);
  });

  it('more numbers than motions listed before: nothing is guessed', () => {
    expect(rom(exam('Ankle dorsiflexion was 5 degrees, versus 20 and 45 degrees on the left.'))).toEqual([['dorsiflexion', null, 5]]);
  });
});
