/** "no lateral joint line tenderness": a sign said absent at a place led by its edge is negated; a place after a comma is not. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const tenderness = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'tenderness').map((f) => [f.qualifier, f.assertion]);

describe('exam: negated tenderness at an edge-led place', () => {
  it('"no <edge> <place> tenderness" is negated', () => {
    expect(tenderness('Right knee: medial joint line tenderness. There was no lateral joint line tenderness.')).toEqual([
      ['medial joint line', 'present'], ['lateral joint line', 'negated'],
    ]);
    expect(tenderness('R ankle: tenderness along the peroneal tendons; no medial malleolar tenderness.')).toEqual([
      ['peroneal tendons', 'present'], ['medial malleolar', 'negated'],
    ]);
  });

  it('a place after a comma or a link word keeps its own reading', () => {
    expect(tenderness('Right knee: no lateral laxity, medial joint line tenderness.')).toEqual([['medial joint line', 'present']]);
  });
});
