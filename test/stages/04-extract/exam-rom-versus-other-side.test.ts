/**
 * "Ankle dorsiflexion 5 degrees right vs 20 degrees left": a side right before "vs" is the
 * measure's side, and "vs" links the other side's measure as "and" does.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('exam: a motion measured on each side, joined by "vs"', () => {
  it('reads both sides', () => {
    const found = findExamFindings(docOf('O: Ankle dorsiflexion 5 degrees right vs 20 degrees left; plantarflexion 30 degrees right versus 45 degrees left.\n'), lex)
      .filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.side, f.value]);
    expect(found).toEqual([['dorsiflexion', 'right', 5], ['dorsiflexion', 'left', 20], ['plantarflexion', 'right', 30], ['plantarflexion', 'left', 45]]);
  });
});
