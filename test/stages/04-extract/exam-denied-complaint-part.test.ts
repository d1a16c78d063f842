/**
 * An exam sentence with no part of its own goes on from the part named before it, but not from a
 * part named in a denied complaint ("never been any back complaint"); a whole limb named before it
 * (where pain spreads) stands for the claim's one part on that limb.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const knee = [{ part: 'knee' as const, side: 'left' as const }];
const partsOf = (text: string, injured = knee) =>
  findExamFindings(docOf(text), lex, injured).filter((f) => f.finding === 'swelling' || f.finding === 'tenderness').map((f) => [f.finding, f.bodyPart, f.side]);

describe('exam: the part an exam sentence goes on from', () => {
  it('skips a part named in a denied complaint and takes the limb before it as the claim part', () => {
    const text = 'HISTORY:\nShe describes an ache radiating from the knee down the front of the shin. Sciatica is denied, and there has never been any back complaint. '
      + 'Examination showed a moderate effusion and medial joint line tenderness.\n';
    expect(partsOf(text)).toEqual([['swelling', 'knee', 'left'], ['tenderness', 'knee', 'left']]);
  });

  it('keeps a part an exam finding denies: "no tenderness of the lumbar spine" still places the next finding', () => {
    const text = 'PHYSICAL EXAMINATION:\nThere is no tenderness over the lumbar spine. Mild swelling is present.\n';
    expect(partsOf(text, [])).toEqual([['tenderness', 'lumbar spine', null], ['swelling', 'lumbar spine', null]]);
  });

  it('a limb named before stays the limb where the claim has a spine part', () => {
    const text = 'HISTORY:\nPain spreads from the low back into the left leg. Examination showed swelling.\n';
    const spine = [{ part: 'lumbar spine' as const, side: null }, { part: 'knee' as const, side: 'left' as const }];
    expect(partsOf(text, spine).map(([, part]) => part)).toEqual(['lower leg']);
    expect(partsOf(text, knee).map(([, part]) => part)).toEqual(['knee']);
  });
});
