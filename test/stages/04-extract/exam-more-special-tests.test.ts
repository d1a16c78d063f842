/** Named special tests added to the exam lexicon: golfer's elbow (reverse Cozen), Thomas, log roll. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const tests = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.bodyPart, f.value]);

describe('exam: more named special tests', () => {
  it.each([
    ["Reverse Cozen's test is positive.", "golfer's elbow test", 'elbow', 'positive'],
    ['Thomas test is negative.', 'Thomas test', 'hip', 'negative'],
    ['Log roll test is negative.', 'log roll', 'hip', 'negative'],
    ['Resisted hip adduction reproduces the groin pain.', 'resisted adduction', 'hip', 'positive'],
  ])('%s', (text, name, part, value) => {
    expect(tests(text)).toEqual([[name, part, value]]);
  });
});

describe('exam: grind tests and the upper limb tension test', () => {
  it.each([
    ['Right thumb: CMC grind test reproduces the basal joint pain.', 'CMC grind', 'hand', 'positive'],
    ['Grind test ...... (-) L 1st MTP', 'grind test', null, 'negative'],
    ['Upper limb tension test (radial bias) negative on the left.', 'upper limb tension test', 'cervical spine', 'negative'],
    ['ULTT positive R.', 'upper limb tension test', 'cervical spine', 'positive'],
  ])('%s', (text, name, part, value) => {
    expect(tests(text)).toEqual([[name, part, value]]);
  });
});
