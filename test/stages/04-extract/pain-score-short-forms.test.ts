/**
 * Short and split pain-score forms: "7 of 10" after a rating word, a scale named after the
 * number ("a 3 on a 0-10 scale") or once for two rated numbers, and a condition phrase with a
 * pronoun or article before the score ("without medication it is an 8 out of 10").
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import type { PainScore } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const scores = (body: string): PainScore[] => findPainScores(segmentDocument(`SUBJECTIVE COMPLAINTS:\n${body}\n`, lexicons), lexicons);
const brief = (p: PainScore) => ({ score: p.score, max: p.max, condition: p.condition, bodyPart: p.bodyPart });

describe('pain scores: short and split forms', () => {
  it('reads "N of 10" right after a rating word, with its part', () => {
    expect(scores('The note lists right knee pain 6 of 10 and low back pain 2 of 10.').map(brief)).toEqual([
      { score: 6, max: 10, condition: null, bodyPart: 'knee' },
      { score: 2, max: 10, condition: null, bodyPart: 'lumbar spine' },
    ]);
  });

  it('does not read a count of visits or sessions as "N of 10"', () => {
    expect(scores('She has attended 4 of 10 authorized sessions.')).toEqual([]);
    expect(scores('Therapy visit 3 of 10 was completed today.')).toEqual([]);
  });

  it('reads a number whose 0-10 scale is named after it', () => {
    expect(scores('Today she puts her shoulder pain at a 4 on a 0-10 scale.').map((p) => p.score)).toEqual([4]);
  });

  it('reads two rated numbers that share one scale named at the end', () => {
    expect(scores('She rates the neck pain as a 6 and the arm pain as a 2 on a 0 to 10 scale.').map(brief)).toEqual([
      { score: 6, max: 10, condition: null, bodyPart: 'cervical spine' },
      { score: 2, max: 10, condition: null, bodyPart: 'upper arm' },
    ]);
  });

  it('does not take a rated number without any scale for a score', () => {
    expect(scores('He rates the pain as worse after 2 hours of driving.')).toEqual([]);
  });

  it('takes the condition from "with medication the pain is a N" and "without medication it is an N"', () => {
    expect(scores('With medication the pain is a 4 out of 10 and without medication it is an 8 out of 10.').map((p) => [p.score, p.condition])).toEqual([
      [4, 'with_medication'], [8, 'without_medication'],
    ]);
  });
});

describe('pain scores: a scale named once for several numbers in the sentence', () => {
  it('reads "pain at N" numbers whose ten-point scale comes later', () => {
    expect(scores('She puts her wrist pain at 4 and her elbow pain at 6 on a 10-point scale this morning.').map((p) => p.score)).toEqual([4, 6]);
  });

  it('reads a rise or fall to a number after the scale is named', () => {
    expect(scores('Hip pain is 3 on a zero to ten scale at rest, rising to 7 after stairs.').map((p) => p.score)).toEqual([3, 7]);
  });

  it('reads "climbs to N of 10" after a first score', () => {
    expect(scores('The ankle is 2 of 10 at breakfast and climbs to 6 of 10 by evening.').map((p) => p.score)).toEqual([2, 6]);
  });

  it('does not read a rise in something else measured in units', () => {
    expect(scores('Pain is 5 on a 0 to 10 scale; walking tolerance increased to 20 minutes.').map((p) => p.score)).toEqual([5]);
  });

  it('does not read the scale heading "NRS 0-10" as a score of zero', () => {
    expect(scores('Pain diary (NRS 0-10, patient-reported) is attached.')).toEqual([]);
  });
});
