/** "rotation 60 degrees right and 65 degrees left": a bare side word after the first measure, before "and" and the next measure, is that measure's side. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const rom = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'range_of_motion').map((f) => [f.side, f.qualifier, f.value]);

describe('exam: bare sides after two measures of one motion', () => {
  it('"rotation 60 degrees right and 65 degrees left" is two sided findings', () => {
    expect(rom('Cervical spine: flexion 45 degrees, extension 40 degrees, rotation 60 degrees right and 65 degrees left.')).toEqual([
      [null, 'flexion', 45], [null, 'extension', 40], ['right', 'rotation', 60], ['left', 'rotation', 65],
    ]);
  });
});
