/** Named tests added to the exam lexicon: Stinchfield, piriformis stretch, ulnar fovea sign, TFCC compression, elbow flexion test, Homans, Dix-Hallpike, Maudsley, Adson, Roos. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const tests = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'special_test' || f.finding === 'straight_leg_raise').map((f) => [f.finding, f.qualifier, f.bodyPart, f.side, f.value]);

describe('exam: more named tests', () => {
  it.each([
    ['Stinchfield test was positive on the right.', 'Stinchfield', 'hip', 'right', 'positive'],
    ['Piriformis stretch reproduces right buttock pain.', 'piriformis stretch', 'hip', 'right', 'positive'],
    ['There was a positive ulnar fovea sign on the left.', 'ulnar fovea sign', 'wrist', 'left', 'positive'],
    ['TFCC compression test negative on the right.', 'TFCC compression test', 'wrist', 'right', 'negative'],
    ['Elbow flexion test positive on the right at 40 seconds.', 'elbow flexion test', 'elbow', 'right', 'positive'],
    ['Maudsley test positive on the left.', 'resisted middle finger extension', 'elbow', 'left', 'positive'],
    ["Adson's test negative on the right.", 'Adson', 'shoulder', 'right', 'negative'],
    ['Roos test was positive on the left.', 'Roos', 'shoulder', 'left', 'positive'],
    ['The calf is soft; Homans sign is negative on the right.', 'Homans', 'lower leg', 'right', 'negative'],
    ['Dix-Hallpike maneuver positive on the left.', 'Dix-Hallpike', 'head', 'left', 'positive'],
  ])('%s', (text, name, part, side, value) => {
    expect(tests(text)).toEqual([['special_test', name, part, side, value]]);
  });
  it('Adson and Roos named bare before a colon, one result per side', () => {
    expect(tests('Adson: + R (radial pulse diminished with head rotation); neg L.\nRoos: + R at 45 sec; L completed 3 min, neg.')).toEqual([
      ['special_test', 'Adson', 'shoulder', 'right', 'positive'], ['special_test', 'Adson', 'shoulder', 'left', 'negative'],
      ['special_test', 'Roos', 'shoulder', 'right', 'positive'], ['special_test', 'Roos', 'shoulder', 'left', 'negative'],
    ]);
  });
  it('a resisted straight leg raise named in brackets is the Stinchfield test, not a straight leg raise', () => {
    expect(tests('Stinchfield (resisted straight leg raise): positive on the left.'))
      .toEqual([['special_test', 'Stinchfield', 'hip', 'left', 'positive']]);
  });
});
