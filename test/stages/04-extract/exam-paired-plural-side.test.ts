/** A paired part said in the plural with no side before its sign ("Calves soft and non-tender") is both sides. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const tender = (t: string) => exam(t).filter((f) => f.finding === 'tenderness').map((f) => [f.side, f.assertion]);

describe('exam: a paired part in the plural', () => {
  it('the plural subject of a sign with no side is both sides, even after a sided joint', () => {
    expect(tender('Left knee: lateral joint line tender. Calves soft and non-tender.')).toEqual([['left', 'present'], ['bilateral', 'negated']]);
  });

  it('a side written with the plural part still wins', () => {
    expect(tender('Left knee: lateral joint line tender. Left calf soft and non-tender.')).toEqual([['left', 'present'], ['left', 'negated']]);
  });
});
