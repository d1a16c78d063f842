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

  it('a table whose header names only sides reads each cell as the row\'s finding on that side', () => {
    const got = exam('Scar is clean.\n\n                 LEFT        RIGHT\nFinkelstein test   positive    negative\nElbow flexion      130 deg     145 deg\n\nNeuro: intact.');
    expect(got.filter((f) => f.finding !== 'sensation').map((f) => [f.finding, f.bodyPart, f.side, f.qualifier, f.value])).toEqual([
      ['special_test', 'wrist', 'left', 'Finkelstein', 'positive'],
      ['special_test', 'wrist', 'right', 'Finkelstein', 'negative'],
      ['range_of_motion', 'elbow', 'left', 'flexion', 130],
      ['range_of_motion', 'elbow', 'right', 'flexion', 145],
    ]);
    expect(got[0]!.evidence.text).toContain('Finkelstein test   positive    negative');
  });

  it('rows stop at the first line that does not end in one cell per side', () => {
    const got = exam('   R     L\nSpeed test  neg  pos\nPain with overhead reaching on the right.');
    expect(got.map((f) => [f.qualifier, f.side, f.value])).toEqual([['Speed', 'right', 'negative'], ['Speed', 'left', 'positive']]);
  });

  it('a dash followed by a side is a negative result; a dash between numbers is not', () => {
    const got = exam("Speed's + R, - L. O'Brien - B. Lumbar flexion 40 - 50 degrees.");
    expect(got.map((f) => [f.qualifier, f.side, f.value])).toEqual([
      ['Speed', 'right', 'positive'], ['Speed', 'left', 'negative'], ["O'Brien", 'bilateral', 'negative'], ['flexion', null, 50],
    ]);
  });

  it('two-point discrimination written in shorthand keeps the full name and its measure', () => {
    const got = exam('Left hand: 2PD 7 mm at the thumb tip. 2-point discrimination 4 mm in the ring finger.');
    expect(got.map((f) => [f.finding, f.side, f.qualifier, f.value, f.unit])).toEqual([
      ['sensation', 'left', 'two-point discrimination', 7, 'mm'],
      ['sensation', 'left', 'two-point discrimination', 4, 'mm'],
    ]);
  });

  it('bruising is an ecchymosis finding, negated when said to be absent', () => {
    const got = exam('Right foot: bruising along the lateral border. Left foot: no ecchymoses.');
    expect(got.map((f) => [f.finding, f.side, f.qualifier, f.assertion])).toEqual([
      ['other', 'right', 'ecchymosis', 'present'], ['other', 'left', 'ecchymosis', 'negated'],
    ]);
  });

  it('a medication line with its dose after the exam is not read for signs ("taken for muscle spasm")', () => {
    const doc = segmentDocument('CLINICAL SUMMARY:\nOn examination lumbar flexion was 50 degrees with tenderness at L5. Cyclobenzaprine 10 mg at night is taken for muscle spasm.\n', lexicons);
    expect(findExamFindings(doc, lexicons).map((f) => f.finding)).toEqual(['range_of_motion', 'tenderness']);
  });

  it('an arc with a side, then another arc joined to it, gives each side its own flexion', () => {
    const got = exam('Elbows: ROM was 10 to 125 degrees on the right versus 0 to 145 degrees on the left.');
    expect(got.map((f) => [f.side, f.qualifier, f.value])).toEqual([
      ['right', 'flexion', 125], ['right', 'extension', -10], ['left', 'flexion', 145],
    ]);
  });
});
