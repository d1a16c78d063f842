/** Allodynia and hyperalgesia found on examination are sensation findings named by the sign; said absent, they are passed over. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`OBJECTIVE:\n${body}\n`, lexicons), lexicons);
const sensation = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'sensation').map((f) => [f.side, f.value, f.assertion]);

describe('exam: allodynia and hyperalgesia', () => {
  it('each is a sensation finding with the sign as its value', () => {
    expect(sensation('Right foot:\n  Allodynia to light brush stroke over the dorsum and all five toes; hyperalgesia to pinprick.')).toEqual([
      ['right', 'allodynia', 'present'], ['right', 'hyperalgesia', 'present'],
    ]);
    expect(sensation('Right foot: mild swelling; allodynia to light brush over the dorsum of the right foot.')).toEqual([['right', 'allodynia', 'present']]);
  });

  it('"No allodynia" in a screening list is no finding', () => {
    expect(sensation('No allodynia, no color or temperature asymmetry, no trophic changes.')).toEqual([]);
  });
});
