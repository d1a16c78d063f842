/** Exam forms written with dot leaders ("Strength ...... EHL 4/5 R"), and motions measured per side with the side after the degrees. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.qualifier, f.side, f.value]);

describe('exam: a dot-leader form', () => {
  it('each leader line is its own item: a side letter closing one line is not the next line\'s side', () => {
    const got = exam('  Strength ........ tibialis anterior 5/5 bilat; EHL 4/5 R, 5/5 L\n  Gait ............ slow, wide-based\n');
    expect(rows(got).filter(([kind]) => kind === 'gait')).toEqual([['gait', null, null, 'wide-based']]);
    expect(rows(got).filter(([kind]) => kind === 'motor_strength').map((r) => r.slice(2))).toEqual([['bilateral', '5/5'], ['right', '4/5'], ['left', '5/5']]);
  });
});

describe('exam: a motion measured on each side, the side after the degrees', () => {
  it('"DF 10 deg R / 20 deg L; PF 35 deg R, 45 deg L": DF and PF are ankle motions, each measure takes the side after it', () => {
    expect(rows(exam('Ankle ROM ......... DF 10 deg R / 20 deg L; PF 35 deg R, 45 deg L'))).toEqual([
      ['range_of_motion', 'dorsiflexion', 'right', 10], ['range_of_motion', 'dorsiflexion', 'left', 20],
      ['range_of_motion', 'plantarflexion', 'right', 35], ['range_of_motion', 'plantarflexion', 'left', 45],
    ]);
  });

  it('"100 degrees right, 130 degrees left" in prose', () => {
    expect(rows(exam('Knee flexion measures 100 degrees right, 130 degrees left.'))).toEqual([
      ['range_of_motion', 'flexion', 'right', 100], ['range_of_motion', 'flexion', 'left', 130],
    ]);
  });
});
