/** Exam shorthand: abbreviated motions, side-column headers on one line, results written before a test name, lone side letters. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const row = (f: ExamFinding) => [f.finding, f.side, f.qualifier, f.value, f.assertion];

describe('exam shorthand', () => {
  it('abbreviated motions with a side before the measured/normal pair', () => {
    expect(exam('Neck ROM: rot L 55/80, rot R 65/80.').map(row)).toEqual([
      ['range_of_motion', 'left', 'rotation', 55, 'present'],
      ['range_of_motion', 'right', 'rotation', 65, 'present'],
    ]);
    expect(exam('L hip ROM (measured/normal): abd 30/45, add 15/30').map((f) => [f.qualifier, f.value])).toEqual([
      ['abduction', 30], ['adduction', 15],
    ]);
  });

  it('a "(L/R)" header on the line names the sides of each pair', () => {
    expect(exam('Wrist ROM (L/R):  ext 40/65   UD 20/35').map((f) => [f.qualifier, f.side, f.value])).toEqual([
      ['extension', 'left', 40], ['extension', 'right', 65],
      ['ulnar deviation', 'left', 20], ['ulnar deviation', 'right', 35],
    ]);
  });

  it('a "(R/L)" header does not pair the next line\'s measures', () => {
    const got = exam('Elbow ROM (R/L): flex 120/140\nLumbar ROM (measured/normal): flex 50/90');
    expect(got.map((f) => [f.bodyPart, f.side, f.value])).toEqual([['elbow', 'right', 120], ['elbow', 'left', 140], ['lumbar spine', null, 50]]);
  });

  it('a result symbol before the test name, the other side after a comma', () => {
    expect(exam("(-) Phalen's L wrist, (+) R.").map(row)).toEqual([
      ['special_test', 'left', 'Phalen', 'negative', 'present'],
      ['special_test', 'right', 'Phalen', 'positive', 'present'],
    ]);
    expect(exam("(+) Tinel's at the elbow R.").map(row)).toEqual([['special_test', 'right', 'Tinel', 'positive', 'present']]);
  });

  it('a lone side letter ends the clause before the next capitalised finding', () => {
    expect(exam("Hoffmann's (-) R. Reflexes 1+ at the ankles.").map((f) => [f.finding, f.side, f.value])).toEqual([
      ['special_test', 'right', 'negative'], ['reflex', 'bilateral', '1+'],
    ]);
  });

  it('a motion keeps the record\'s spelling of plantar flexion', () => {
    expect(exam('Right ankle: plantarflexion 35 degrees.\nLeft ankle: plantar flexion 45 degrees.').map((f) => [f.qualifier, f.side])).toEqual([
      ['plantarflexion', 'right'], ['plantar flexion', 'left'],
    ]);
  });

  it('a crossed raise is a straight leg raise variant', () => {
    expect(exam('Crossed straight leg raise is negative.').map((f) => [f.finding, f.qualifier, f.value])).toEqual([['straight_leg_raise', 'crossed', 'negative']]);
  });

  it('a joint or region word between "no" and the sign keeps it negated', () => {
    expect(exam('No ankle swelling. No hand intrinsic wasting. There is no neck tenderness.').map((f) => [f.finding, f.assertion])).toEqual([
      ['swelling', 'negated'], ['atrophy', 'negated'], ['tenderness', 'negated'],
    ]);
  });
});
