/**
 * Pain scores with medication told in more ways: "with his medicines both come down to 3/10"
 * (a pronoun for two rated pains and "come down to"), a score for some hours "after" a named
 * drug, and a 0-100 visual analogue score written "VAS 60/100".
 */
import { describe, expect, it } from 'vitest';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import { docOf, lex } from '../../helpers/docs.js';

const scores = (text: string) => findPainScores(docOf(`SUBJECTIVE:\n${text}\n`), lex).map((p) => [p.score, p.max, p.condition]);

describe('pain scores: medication and scales', () => {
  it('reads "with his medications they drop down to 3/10" as with medication', () => {
    expect(scores('Low back pain 8/10 and hip pain 6/10; with his medications they drop down to about 3/10.')).toEqual([
      [8, 10, null], [6, 10, null], [3, 10, 'with_medication'],
    ]);
  });
  it('reads "5/10 for a couple of hours after tramadol" as with medication', () => {
    expect(scores('Knee pain is 5/10 for a couple of hours after tramadol.')).toEqual([[5, 10, 'with_medication']]);
  });
  it('keeps "VAS 60/100" on its 0-100 scale', () => {
    expect(scores('Arm pain VAS 60/100 this morning.')).toEqual([[60, 100, null]]);
  });
});
