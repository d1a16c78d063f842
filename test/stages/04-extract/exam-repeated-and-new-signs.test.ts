/** A sign named twice in one sentence with a place each; "swollen"; kyphosis; a hernia bulge. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.qualifier, f.side, f.value, f.assertion]);

describe('exam: the same sign twice in a sentence', () => {
  it('a sign with its own place is not merged into the next one ("tenderness over A and moderate tenderness at B")', () => {
    expect(rows(exam('There is tenderness over the left pes anserine bursa and moderate tenderness at the left medial joint line.'))).toEqual([
      ['tenderness', 'left pes anserine bursa', 'left', 'positive', 'present'],
      ['tenderness', 'left medial joint line', 'left', 'moderate', 'present'],
    ]);
  });

  it('two names of one sign with no place between them stay one finding', () => {
    expect(rows(exam('Taut bands with trigger points in the right levator scapulae.'))).toEqual([
      ['trigger_point', 'right levator scapulae', 'right', 'positive', 'present'],
    ]);
  });
});

describe('exam: more sign words', () => {
  it('"swollen" is swelling, "not swollen" its absence', () => {
    expect(rows(exam('The right ankle was swollen. The left ankle is not swollen.'))).toEqual([
      ['swelling', null, 'right', 'positive', 'present'], ['swelling', null, 'left', null, 'negated'],
    ]);
  });

  it('kyphosis is an observed finding', () => {
    expect(rows(exam('Standing, there is a mild thoracic kyphosis.'))).toEqual([['other', 'kyphosis', null, 'mild', 'present']]);
  });

  it('a reducible or palpable bulge is an observed finding, on the side of the place it is at', () => {
    expect(rows(exam('Standing, a reducible bulge is felt at the left internal ring. No palpable bulge on the right.'))).toEqual([
      ['other', 'bulge', 'left', 'positive', 'present'], ['other', 'bulge', 'right', null, 'negated'],
    ]);
  });
});
