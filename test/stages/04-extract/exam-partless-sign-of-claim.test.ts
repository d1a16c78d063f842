/**
 * In a claim of one limb part, a sign palpated or seen (tenderness, swelling, atrophy, crepitus)
 * that nothing names a part for is of that part, on its side; a claim of two parts leaves it alone.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const text = 'O: Incisions healed. Mild lateral soft-tissue swelling. Tender over the prominent medial malleolar screw heads; non-tender over the lateral plate.\n';
const signs = (injured: Array<{ part: 'ankle' | 'knee'; side: 'right' | 'left' }>) =>
  findExamFindings(docOf(text), lex, injured).filter((f) => f.finding === 'swelling' || f.finding === 'tenderness').map((f) => [f.finding, f.bodyPart, f.side]);

describe('exam: a sign with no part in a one-part claim', () => {
  it('is of the claim part, on its side', () => {
    expect(signs([{ part: 'ankle', side: 'right' }])).toEqual([['swelling', 'ankle', 'right'], ['tenderness', 'ankle', 'right'], ['tenderness', 'ankle', 'right']]);
  });

  it('stays partless in a claim of two parts', () => {
    expect(signs([{ part: 'ankle', side: 'right' }, { part: 'knee', side: 'left' }]).every(([, part]) => part === null)).toBe(true);
  });
});
