/** Exam sides written as letters ("B" for both), grip dynamometer values with the side after, symmetric reflexes of a limb. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';
import { sideIn } from '../../../src/stages/04-extract/exam/side-in.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);

describe('exam sides and measures', () => {
  it('a lone capital B is both sides; inside a word or a name it is not', () => {
    expect(sideIn('Hawkins (+) B', lexicons)).toBe('bilateral');
    expect(sideIn('neg B.', lexicons)).toBe('bilateral');
    expect(sideIn('vitamin B12 level', lexicons)).toBeNull();
    expect(sideIn('b', lexicons)).toBeNull();
    expect(exam("Neer's (-) B. No hypothenar wasting B.").map((f) => [f.finding, f.side, f.assertion])).toEqual([
      ['special_test', 'bilateral', 'present'], ['atrophy', 'bilateral', 'negated'],
    ]);
  });

  it('grip in kilograms with the side written after each value', () => {
    const grip = (t: string) => exam(t).filter((f) => f.qualifier === 'grip strength').map((f) => [f.finding, f.side, Number(f.value), f.unit]);
    expect(grip('Grip dynamometer 18 kg R / 30 kg L.')).toEqual([['other', 'right', 18, 'kg'], ['other', 'left', 30, 'kg']]);
    expect(grip('Grip strength measured 40 lbs on the left and 55 lbs on the right.')).toEqual([['other', 'left', 40, 'lbs'], ['other', 'right', 55, 'lbs']]);
    expect(grip('Grip R 25 kg L 27 kg.')).toEqual([['other', 'right', 25, 'kg'], ['other', 'left', 27, 'kg']]);
    // a weight with no side is not a grip measure
    expect(grip('Grip is weak; he weighs 90 kg.')).toEqual([]);
  });

  it('"sym" is symmetric, and a limb abbreviation names the finding in words', () => {
    expect(exam('Reflexes 1+ sym LE.').map((f) => [f.finding, f.side, f.qualifier, f.value])).toEqual([['reflex', 'bilateral', 'lower extremity', '1+']]);
    expect(exam('Strength 5/5 BUE.').map((f) => [f.finding, f.qualifier, f.value])).toEqual([['motor_strength', 'upper extremities', '5/5']]);
  });
});

describe('exam sensation shorthand', () => {
  it('"dec"/"decr" are decreased, "sens" is sensation, and LT (light touch) is not the left side', () => {
    expect(exam('Sens: decr LT R thumb.').map((f) => [f.finding, f.side, f.value])).toEqual([['sensation', 'right', 'decreased']]);
    expect(exam('Sensation dec to pinprick over the L first web space.').map((f) => [f.finding, f.side, f.value])).toEqual([['sensation', 'left', 'decreased']]);
  });
});

describe('exam: value before "to" and clonus', () => {
  it('"reduced to vibration" reads the value before "to" (vibration is a sensation term); a value a summary already read is not read twice', () => {
    expect(exam('Reduced to vibration over the right great toe.').map((f) => [f.finding, f.side, f.value])).toEqual([['sensation', 'right', 'decreased']]);
    expect(exam('Sensation was normal to pinprick in both legs.').map((f) => [f.finding, f.value])).toEqual([['sensation', 'normal']]);
  });

  it('clonus is a sign: absent is negated, present is positive', () => {
    expect(exam('Toes downgoing and no sustained clonus.').filter((f) => f.qualifier === 'clonus').map((f) => [f.finding, f.assertion])).toEqual([['other', 'negated']]);
    expect(exam('Three beats of ankle clonus on the left.').map((f) => [f.finding, f.qualifier, f.value, f.side])).toEqual([['other', 'clonus', 'positive', 'left']]);
  });
});

describe('exam: a word grade followed by "and"', () => {
  it('"absent and the other side was 2+": each grade keeps its own side', () => {
    expect(exam('The left patellar reflex was diminished and the right was 2+.').map((f) => [f.qualifier, f.side, f.value])).toEqual([
      ['patellar', 'left', 'decreased'], ['patellar', 'right', '2+'],
    ]);
  });
});

describe('exam: jerks keep their own name beside the reflex site', () => {
  it('"ankle jerks" is the Achilles reflex named as written', () => {
    expect(exam('Ankle jerks 1+ bilaterally, knee jerks 2+.').map((f) => [f.qualifier, f.value])).toEqual([
      ['Achilles (ankle jerk)', '1+'], ['patellar (knee jerk)', '2+'],
    ]);
  });
});

describe('exam: a sensory clause that opens with its value and a place', () => {
  it('"...; intact over the medial forearm" goes on with the sensory exam, on the same side', () => {
    expect(exam('Sensation diminished to light touch over the right small finger; intact over the medial forearm.').map((f) => [f.finding, f.side, f.value])).toEqual([
      ['sensation', 'right', 'decreased'], ['sensation', 'right', 'intact'],
    ]);
  });
});

describe('exam: a side written right before a graded site', () => {
  it('is that site\'s side, in any case, with or without a full stop (the side words come from the exam lexicon)', () => {
    const graded = (t: string) => exam(t).map((f) => [f.finding, f.side, f.value]);
    expect(graded('Motor: RIGHT tibialis anterior 4/5.')).toEqual([['motor_strength', 'right', '4/5']]);
    expect(graded('Reflexes: Lt. brachioradialis 1+.')).toEqual([['reflex', 'left', '1+']]);
    expect(graded('Strength: L deltoid 4-/5; R deltoid 5/5.')).toEqual([['motor_strength', 'left', '4-/5'], ['motor_strength', 'right', '5/5']]);
  });
});

describe('exam: the other side measured in parentheses under a joint label', () => {
  it('is a comparison aside: the label\'s side stays with the measures after it', () => {
    const rom = exam('Right wrist: flexion 40 degrees (left 70), extension 35 degrees (left 65), ulnar deviation 20 degrees.')
      .filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.side, f.value]);
    expect(rom).toEqual([
      ['flexion', 'right', 40], ['flexion', 'left', 70], ['extension', 'right', 35], ['extension', 'left', 65], ['ulnar deviation', 'right', 20],
    ]);
  });
});
