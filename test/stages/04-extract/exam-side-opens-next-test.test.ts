/**
 * A side after a comma or semicolon where a test's result words end opens the next finding's
 * words ("; the left straight leg raise ... negative", "right negative, left EHL strength 4/5"),
 * unless a result follows it ("; L negative" is the test's other side).
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const slr = (exam: string) => findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${exam}\n`), lex)
  .filter((f) => f.finding === 'straight_leg_raise' || f.finding === 'special_test').map((f) => [f.qualifier, f.side, f.value]);

describe('exam: a side that opens the next finding', () => {
  it('goes with the next test, not the result before it', () => {
    expect(slr('Straight leg raise was positive on the right at 35 degrees, reproducing pain to the lateral foot; the left straight leg raise was negative.'))
      .toEqual([[null, 'right', 'positive'], [null, 'left', 'negative']]);
  });

  it('goes with the next finding after a result with its own side', () => {
    expect(slr('Left straight leg raise positive at 50 degrees, right negative, left EHL strength 4/5.'))
      .toEqual([[null, 'left', 'positive'], [null, 'right', 'negative']]);
  });

  it('stays with the test when a result follows it', () => {
    expect(slr("Spurling's: reproduces pain into the R ring and little fingers; L negative\nSensation decreased in the C8 dermatome."))
      .toEqual([['Spurling', 'right', 'positive'], ['Spurling', 'left', 'negative']]);
  });
});
