/** Side-column tables titled with a joint, a test graded as strength, a limb position after a motion, "side-bend". */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.bodyPart, f.qualifier, f.side, f.value]);

describe('side-column tables whose label column names the joint', () => {
  it('"Knee\\tRight\\tLeft": each cell on its column\'s side', () => {
    expect(rows(exam('Knee\tRight\tLeft\nFlexion\t125 deg\t140 deg\nMcMurray\tnegative\tpositive\n'))).toEqual([
      ['range_of_motion', 'knee', 'flexion', 'right', 125], ['range_of_motion', 'knee', 'flexion', 'left', 140],
      ['special_test', 'knee', 'McMurray', 'right', 'negative'], ['special_test', 'knee', 'McMurray', 'left', 'positive'],
    ]);
  });

  it('a cell with a short comment after a comma still fills its column; a resisted test keeps its grade', () => {
    expect(rows(exam('Shoulder   Right   Left\nJobe test   5/5   3+/5, weak\nHawkins   negative   positive\n'))).toEqual([
      ['special_test', 'shoulder', 'empty can', 'right', '5/5'], ['special_test', 'shoulder', 'empty can', 'left', '3+/5'],
      ['special_test', 'shoulder', 'Hawkins', 'right', 'negative'], ['special_test', 'shoulder', 'Hawkins', 'left', 'positive'],
    ]);
  });
});

describe('motions', () => {
  it('a limb position after a motion is not its measure, and the position\'s motion is no finding', () => {
    expect(rows(exam('Right shoulder: IR in 90 degrees of abduction to 35 degrees.'))).toEqual([
      ['range_of_motion', 'shoulder', 'internal rotation', 'right', 35],
    ]);
  });

  it('"side bend" is lateral bending, its direction the side', () => {
    expect(rows(exam('Cervical spine: side bend R 35 deg, L 25 deg.'))).toEqual([
      ['range_of_motion', 'cervical spine', 'lateral bending', 'right', 35], ['range_of_motion', 'cervical spine', 'lateral bending', 'left', 25],
    ]);
  });
});

describe('hamstring and strength-test wording', () => {
  it('a resisted motion is a strength test: its angle is no range of motion', () => {
    expect(rows(exam('Resisted elbow flexion at 45 degrees is 4/5 on the left.')).filter((r) => r[0] === 'range_of_motion')).toEqual([]);
  });

  it('the bent-knee stretch test and the Puranen-Orava test are named hamstring tests', () => {
    expect(rows(exam('Modified bent-knee stretch test positive on the left; Puranen-Orava test negative.'))).toEqual([
      ['special_test', 'thigh', 'bent-knee stretch test', 'left', 'positive'], ['special_test', 'thigh', 'Puranen-Orava', null, 'negative'],
    ]);
  });

  it('"no residual" negates the sign', () => {
    expect(findExamFindings(segmentDocument('PHYSICAL EXAMINATION:\nRight ankle: no residual swelling.\n', lexicons), lexicons).map((f) => [f.finding, f.assertion])).toEqual([
      ['swelling', 'negated'],
    ]);
  });
});

describe('the other side written after an unsided measure', () => {
  it('"versus N degrees on the right" and "(left 0 to N)" are the other side\'s measures', () => {
    expect(rows(exam('Right wrist extension 35 degrees versus 65 degrees on the left.'))).toEqual([
      ['range_of_motion', 'wrist', 'extension', 'right', 35], ['range_of_motion', 'wrist', 'extension', 'left', 65],
    ]);
    expect(rows(exam('Right elbow flexion 10 to 115 degrees (left 0 to 145).')).map((r) => r.slice(3))).toEqual([['right', 115], ['left', 145]]);
  });
});

describe('the plantar response', () => {
  it('Babinski is a reflex; "downgoing" is its negative result and "upgoing" its positive one', () => {
    expect(rows(exam('Babinski: upgoing on the right, downgoing on the left.'))).toEqual([
      ['reflex', 'lumbar spine', 'Babinski', 'right', 'positive'], ['reflex', 'lumbar spine', 'Babinski', 'left', 'negative'],
    ]);
  });
});

describe('side-column cells with a few words', () => {
  it('a cell may name where ("reduced medial calf (L4)"), an angle ("pos at 50 deg"), or be "n/a"; the rows after it are still read', () => {
    const got = exam('NEURO   RIGHT   LEFT\nPinprick   reduced medial calf (L4)   intact\nStraight leg raise   pos at 50 deg   neg\nCrossed SLR   n/a   neg\n');
    expect(got.map((f) => [f.finding, f.side, f.value])).toEqual([
      ['sensation', 'right', 'decreased'], ['sensation', 'left', 'intact'],
      ['straight_leg_raise', 'right', 'positive'], ['straight_leg_raise', 'left', 'negative'],
      ['straight_leg_raise', 'left', 'negative'],
    ]);
  });
});
