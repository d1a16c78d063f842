/** Warmth over a joint is an observed sign of its own ("without warmth or effusion", "Mild warmth"). */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const warmth = (t: string) => exam(t).filter((f) => f.qualifier === 'warmth').map((f) => [f.finding, f.side, f.value, f.assertion]);

describe('exam: warmth', () => {
  it('warmth said present or absent is one finding, its severity kept', () => {
    expect(warmth('Left knee: crepitus with motion, without warmth or effusion.')).toEqual([['other', 'left', null, 'negated']]);
    expect(warmth('Left knee: incision healed. Mild warmth. Trace effusion.')).toEqual([['other', 'left', 'mild', 'present']]);
  });

  it('warmth listed after another skin sign is not read apart from it', () => {
    expect(warmth('Right forearm: no erythema, warmth or drainage.')).toEqual([]);
  });
});
