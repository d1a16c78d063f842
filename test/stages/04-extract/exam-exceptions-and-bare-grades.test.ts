/** Exam: a summary grade with an exception, side letters before each of a motion's measures, bare MRC grades in a strength table. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const graded = (t: string) => exam(t).map((f) => [f.finding, f.side, f.qualifier, f.value]);

describe('exam: "n/5 except X m/5"', () => {
  it('the summary grade covers the rest on both sides; the excepted site keeps its own side and grade', () => {
    expect(graded('Strength is 5/5 throughout except RIGHT tibialis anterior 3/5.')).toEqual([
      ['motor_strength', 'bilateral', null, '5/5'], ['motor_strength', 'right', 'tibialis anterior', '3/5'],
    ]);
    expect(graded('Motor 5/5 in all groups other than the left deltoid 4+/5 and right biceps 4/5.')).toEqual([
      ['motor_strength', 'bilateral', null, '5/5'], ['motor_strength', 'left', 'deltoid', '4+/5'], ['motor_strength', 'right', 'biceps', '4/5'],
    ]);
  });

  it('reads a reflex exception the same way', () => {
    expect(graded('Reflexes 2+ save for left biceps 1+.')).toEqual([
      ['reflex', 'bilateral', 'Reflexes', '2+'], ['reflex', 'left', 'biceps', '1+'],
    ]);
  });
});

describe('exam: side letters before each measure of a motion', () => {
  it('"rot R 55 / L 65 deg": the degrees written once after the last measure cover both', () => {
    const rom = (t: string) => exam(t).filter((f) => f.finding === 'range_of_motion').map((f) => [f.side, f.qualifier, f.value]);
    expect(rom('Neck: flex 45 deg, rot R 55 / L 65 deg, lat flex R 25 / L 35 deg.')).toEqual([
      [null, 'flexion', 45], ['right', 'rotation', 55], ['left', 'rotation', 65], ['right', 'lateral bending', 25], ['left', 'lateral bending', 35],
    ]);
    // a slash between two bare numbers is still a measure over its normal, not two sides
    expect(rom('Shoulder abduction 90/180 degrees.')).toEqual([[null, 'abduction', 90]]);
  });
});

describe('exam: a strength table graded on the MRC scale', () => {
  it('bare grades under a header naming the scale are grades out of 5, one per side column', () => {
    const body = [
      'Myotomes (MRC)                  Left    Right',
      '  Shoulder abduction (C5)       4+      5',
      '  Wrist extension (C6, ECRL)    5       3',
      '',
    ].join('\n');
    expect(exam(body).map((f) => [f.finding, f.side, f.value])).toEqual([
      ['motor_strength', 'left', '4+/5'], ['motor_strength', 'right', '5/5'], ['motor_strength', 'left', '5/5'], ['motor_strength', 'right', '3/5'],
    ]);
  });

  it('without the scale in the header a bare number is no grade', () => {
    const body = ['Strength              Left    Right', '  Grip                22      30', ''].join('\n');
    expect(exam(body).filter((f) => f.finding === 'motor_strength')).toEqual([]);
  });
});

describe('exam: two-point discrimination measured per side', () => {
  const twoPoint = (t: string) => exam(t).filter((f) => f.finding === 'sensation').map((f) => [f.side, f.value, f.unit]);
  it('"7 mm in the left ring finger and 4 mm on the right": each measure keeps the side named after it', () => {
    expect(twoPoint('Two-point discrimination 7 mm in the left ring finger and 4 mm on the right.')).toEqual([['left', 7, 'mm'], ['right', 4, 'mm']]);
  });
  it('"2-pt discrim" is the shorthand of two-point discrimination', () => {
    expect(exam('2-pt discrim 9 mm thumb R.').map((f) => [f.finding, f.side, f.qualifier, f.value])).toEqual([['sensation', 'right', 'two-point discrimination', 9]]);
  });
});

describe('exam: guarding', () => {
  it('muscle guarding is a spasm sign; a motion or a part guarded is not', () => {
    expect(exam('Thoracic paraspinals with muscle guarding on the right.').map((f) => [f.finding, f.side])).toEqual([['spasm', 'right']]);
    expect(exam('Forward flexion 40 degrees with guarding.').filter((f) => f.finding === 'spasm')).toEqual([]);
    expect(exam('She sat guarding the right shoulder.').filter((f) => f.finding === 'spasm')).toEqual([]);
  });
});

describe('exam: the places of an absent tenderness', () => {
  const tender = (t: string) => exam(t).filter((f) => f.finding === 'tenderness').map((f) => [f.qualifier, f.assertion]);
  it('one negated finding per place listed', () => {
    expect(tender('Wrist: no tenderness over the scaphoid, the distal radius or the ulnar styloid.')).toEqual([
      ['scaphoid', 'negated'], ['distal radius', 'negated'], ['ulnar styloid', 'negated'],
    ]);
    expect(tender('No TTP pes anserine or medial collateral ligament.')).toEqual([['pes anserine', 'negated'], ['medial collateral ligament', 'negated']]);
  });
  it('a place named by its edge alone shares the next name; a present tenderness and a seen sign keep one finding', () => {
    expect(tender('No tenderness over the anterior or posterior joint line.')).toEqual([['anterior or posterior joint line', 'negated']]);
    expect(tender('Tender over the scaphoid and the distal radius.')).toEqual([['scaphoid and the distal radius', 'present']]);
    expect(exam('No atrophy of the deltoid or the biceps.').map((f) => [f.finding, f.qualifier])).toEqual([['atrophy', 'deltoid or the biceps']]);
  });
});

describe('exam: forearm rotators graded and the ankle external rotation stress test', () => {
  it('a forearm rotation grade (pronation, supination) is its own finding, not the elbow flexion graded before it', () => {
    expect(graded('Motor: elbow flexion 5/5 right, 4+/5 left; pronation 5/5 right, 4/5 left.').map((x) => x.slice(1))).toEqual([
      ['right', 'biceps', '5/5'], ['left', 'biceps', '4+/5'], ['right', 'pronation', '5/5'], ['left', 'pronation', '4/5'],
    ]);
  });
  it('the external rotation stress test (Kleiger) is a named ankle test', () => {
    expect(exam("Kleiger's test is positive on the right.").map((f) => [f.finding, f.qualifier, f.value, f.side])).toEqual([
      ['special_test', 'external rotation stress test', 'positive', 'right'],
    ]);
  });
});
