/** Gait read from "walks"/"ambulates", from the clause after an aid-only clause, with "nl" and a limp named, and the side after a dot leader. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const gait = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'gait').map((f) => [f.side, f.value, f.assertion]);

describe('exam: gait', () => {
  it('a clause holding only the walking aid goes on into the next, whose value word is the gait\'s', () => {
    expect(gait('General: 5\'11", 246 lb. Walks without a device; mildly antalgic on the left.')).toEqual([['left', 'antalgic', 'present']]);
    expect(gait('Gait: independent without device; mildly antalgic with shortened L stance.')).toEqual([['left', 'antalgic', 'present']]);
  });

  it('a value word before the term keeps its own clause ("steppage gait on the left without the AFO; normal with the AFO")', () => {
    expect(gait('Gait: steppage gait on the left without the AFO; normal with the AFO.')).toEqual([['left', 'steppage', 'present']]);
  });

  it('"walks without a limp" is a normal gait, "walks with a mild limp on the left" an antalgic one, "Gait nl" normal', () => {
    expect(gait('Calves soft and non-tender. Walks without a limp; squats to 3/4 depth.')).toEqual([[null, 'normal', 'present']]);
    expect(gait('Pleasant; walks with a mild limp on the left.')).toEqual([['left', 'antalgic', 'present']]);
    expect(gait(' Gait nl, heel/toe walk nl.')).toEqual([[null, 'normal', 'present']]);
  });

  it('walking with an aid and no value word is no gait finding', () => {
    expect(gait('He walks with a cane; uses a brace at work.')).toEqual([]);
  });

  it('a side after a dot leader form\'s value is the gait\'s ("Gait ...... antalgic, supinated toe-off R")', () => {
    expect(gait('  Gait .............. antalgic, supinated toe-off R')).toEqual([['right', 'antalgic', 'present']]);
  });
});
