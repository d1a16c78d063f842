/**
 * Pain with and without medication told by the dose's timing: "5/10 before her morning gabapentin
 * and 3/10 on it", "8/10, which she states comes down to 6/10 after her morning dose".
 */
import { describe, expect, it } from 'vitest';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findPainScores(docOf(`HISTORY:\n${text}\n`), lex).map((p) => [p.score, p.condition]);

describe('pain scores: the dose named by its time', () => {
  it.each([
    ['The leg pain is 5/10 before her morning gabapentin and settles to 3/10 on it.', [[5, 'without_medication'], [3, 'with_medication']]],
    ['Knee pain is 8/10, which she states comes down to 6/10 after her morning dose.', [[8, 'without_medication'], [6, 'with_medication']]],
    ['Knee pain is 8/10, and 6/10 at rest.', [[8, null], [6, null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
