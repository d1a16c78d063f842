/**
 * A nerve-root provocation test that brought on only neck or back pain, with no result word, is
 * negative; an explicit result wins, and tests that are positive for axial pain are untouched.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const tests = (t: string) => exam(t).filter((f) => f.finding === 'special_test' || f.finding === 'straight_leg_raise').map((f) => [f.qualifier, f.value]);

describe('exam: axial pain only from a nerve-root test', () => {
  it('Spurling or a straight leg raise bringing on only axial pain is negative', () => {
    expect(tests("Spurling's test produced neck pain only, with no arm symptoms.")).toEqual([['Spurling', 'negative']]);
    expect(tests('The straight leg raise reproduces only back pain.')).toEqual([[null, 'negative']]);
  });

  it('an explicit result or a test positive for axial pain keeps its reading', () => {
    expect(tests("Spurling's: reproduces neck pain only (equivocal).")).toEqual([['Spurling', 'equivocal']]);
    expect(tests('Facet loading reproduces low back pain only.')).toEqual([['facet loading', 'positive']]);
  });

  it('one side bringing on only axial pain is negative on its own, beside the other side\'s result', () => {
    const sided = (t: string) => exam(t).filter((f) => f.finding === 'straight_leg_raise').map((f) => [f.side, f.qualifier, f.value]);
    expect(sided('The seated straight leg raise on the left produced low back pain only, without leg pain, and was negative on the right.')).toEqual([
      ['left', 'seated', 'negative'], ['right', 'seated', 'negative'],
    ]);
    expect(sided('Straight leg raise on the right produced back pain only and was positive on the left at 40 degrees.')).toEqual([
      ['right', null, 'negative'], ['left', null, 'positive'],
    ]);
  });
});
