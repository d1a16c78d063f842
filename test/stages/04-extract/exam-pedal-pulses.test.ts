/** Foot pulses graded in a lower-limb exam are a vascular finding when the grade's side is written. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const pulses = (t: string) => exam(t).filter((f) => f.qualifier === 'pedal pulses').map((f) => [f.finding, f.side, f.value]);

describe('exam: pedal pulses', () => {
  it('a graded foot pulse with its side is one finding per side written', () => {
    expect(pulses('Dorsalis pedis and posterior tibial pulses 3+ bilaterally.')).toEqual([['other', 'bilateral', '3+']]);
    expect(pulses('Vascular: DP/PT 1/4 bilat, brisk capillary refill.')).toEqual([['other', 'bilateral', '1/4']]);
    expect(pulses('Pedal pulses were diminished on the right.')).toEqual([['other', 'right', 'diminished']]);
  });

  it('a pulse with no side, no grade, or at the wrist is not read', () => {
    expect(pulses('Pedal pulses 2+.')).toEqual([]);
    expect(pulses('Pedal pulses not assessed on the left.')).toEqual([]);
    expect(pulses('Radial pulse 2+ on the left.')).toEqual([]);
  });
});
