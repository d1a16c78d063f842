/**
 * Pain with and without a medication told around a pronoun: "with ibuprofen she puts the pain at
 * 5/10 and without it at 8/10", "9/10 before pregabalin and 6/10 on it", "5/10 since she started it".
 */
import { describe, expect, it } from 'vitest';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import { docOf, lex } from '../../helpers/docs.js';

const scores = (text: string) => findPainScores(docOf(`SUBJECTIVE:\n${text}\n`), lex).map((p) => [p.score, p.condition]);

describe('pain scores: a medication taken up by a pronoun', () => {
  it('reads a rating verb between the drug and the score, and "without it at"', () => {
    expect(scores('She takes ibuprofen 600 mg; with ibuprofen she puts the pain at 5/10 and without it at 8/10.')).toEqual([
      [5, 'with_medication'], [8, 'without_medication'],
    ]);
  });
  it('reads "on it" after the score as with the medication', () => {
    expect(scores('Pregabalin was started in August; he reports pain of 9/10 before pregabalin and 6/10 on it.')).toEqual([
      [9, 'without_medication'], [6, 'with_medication'],
    ]);
  });
  it('reads "since she started it" as with the medication', () => {
    expect(scores('Arm pain is 8/10 without gabapentin and 5/10 since she started it.')).toEqual([
      [8, 'without_medication'], [5, 'with_medication'],
    ]);
  });
  it('leaves "on it" and "since" alone when the sentence names no medication', () => {
    expect(scores('Knee pain is 6/10 on it after a long shift.')).toEqual([[6, null]]);
    expect(scores('Back pain is 5/10 since she started it at the warehouse.')).toEqual([[5, null]]);
  });
});
