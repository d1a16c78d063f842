/**
 * In a claim of limb parts only, strength with no root level and no label is tested for the
 * injured joint of its limb and has that joint's side; a claim that names a spine part keeps the
 * spine region (neurologic findings examined for a spine complaint).
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const text = 'PHYSICAL EXAMINATION:\nThere is a small effusion and the knee is stable to valgus stress. Flexion was 110 degrees. Quadriceps strength was 4+/5.\n';
const strength = (injured: Array<{ part: 'knee' | 'lumbar spine'; side: 'left' | null }>) =>
  findExamFindings(docOf(text), lex, injured).filter((f) => f.finding === 'motor_strength').map((f) => [f.bodyPart, f.side]);

describe('exam: strength in a limb claim', () => {
  it('is the injured joint of its limb, on its side', () => {
    expect(strength([{ part: 'knee', side: 'left' }])).toEqual([['knee', 'left']]);
  });

  it('stays the spine region when the claim names a spine part', () => {
    expect(strength([{ part: 'knee', side: 'left' }, { part: 'lumbar spine', side: null }])).toEqual([['lumbar spine', 'bilateral']]);
  });
});
