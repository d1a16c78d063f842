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

describe('exam: a level reached on each side', () => {
  const rom = (text: string) => findExamFindings(docOf(text), lex).filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.side, f.value, f.evidence.text]);
  it('"internal rotation to T10 on the right and T7 on the left"', () => {
    expect(rom('O: Shoulder internal rotation to T10 on the right and T7 on the left.\n')).toEqual([
      ['internal rotation', 'right', 'T10', 'internal rotation to T10 on the right'], ['internal rotation', 'left', 'T7', 'T7 on the left'],
    ]);
  });
  it('a level with no side after it keeps the side before the motion', () => {
    expect(rom('O: Right shoulder internal rotation to L3.\n')).toEqual([['internal rotation', 'right', 'L3', 'internal rotation to L3']]);
  });
});

describe('exam: a measure written before its motion', () => {
  const rom = (text: string) => findExamFindings(docOf(text), lex).filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.value, f.evidence.text]);
  it('"from 5 degrees short of full extension to 85 degrees of flexion"', () => {
    expect(rom('O: Knee range of motion was from 5 degrees short of full extension to 85 degrees of flexion.\n')).toEqual([
      ['extension', -5, '5 degrees short of full extension'], ['flexion', 85, '85 degrees of flexion'],
    ]);
  });
  it('"lacked 5 degrees of full extension" is a loss of extension; a test done at an angle is no measure', () => {
    expect(rom('O: The knee lacked 5 degrees of full extension.\n')).toEqual([['extension', -5, '5 degrees of full extension']]);
    expect(rom('O: Thessaly test is positive at 20 degrees of flexion.\n')).toEqual([]);
  });
});
