/**
 * A neurologic heading on a line of its own ends the joint label above it; a run-in one
 * ("Left ankle: ... . Strength: ankle dorsiflexion 5/5") goes on with that joint's exam.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const strength = (t: string) => exam(t).filter((f) => f.finding === 'motor_strength').map((f) => [f.qualifier, f.bodyPart, f.side, f.value]);

describe('exam: run-in neurologic label', () => {
  it('a strength label inside a joint paragraph keeps the joint and its side', () => {
    expect(strength('Left ankle: tenderness over the lateral malleolus. Strength: ankle dorsiflexion 5/5; eversion 4+/5 on the left.'))
      .toEqual([['ankle dorsiflexion', 'ankle', 'left', '5/5'], ['eversion', 'ankle', 'left', '4+/5']]);
  });

  it('a strength heading on its own line ends the joint label', () => {
    expect(strength('Left ankle: tenderness over the lateral malleolus.\nStrength: ankle dorsiflexion 5/5; eversion 4+/5 on the left.'))
      .toEqual([['ankle dorsiflexion', 'lumbar spine', 'bilateral', '5/5'], ['eversion', 'lumbar spine', 'left', '4+/5']]);
  });
});
