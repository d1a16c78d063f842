/** Lower-case keyed exam notes, measures per side (two-point discrimination, limb girth), skin signs, the injured side. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string, injured: Parameters<typeof findExamFindings>[2] = []): ExamFinding[] =>
  findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons, injured);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.bodyPart, f.qualifier, f.side, f.value, f.assertion]);
const of = (kind: string, got: ExamFinding[]): unknown[] => rows(got.filter((f) => f.finding === kind));

describe('lower-case keyed notes', () => {
  it('each "key:" after a full stop opens its own item with its own label', () => {
    const got = exam('wrist: extension 60 deg L. neck: full ROM; moderate R scalene tenderness.');
    expect(of('range_of_motion', got)).toEqual([
      ['range_of_motion', 'wrist', 'extension', 'left', 60, 'present'], ['range_of_motion', 'cervical spine', null, null, 'normal', 'present'],
    ]);
    // the severity reads past the side letter between it and the sign
    expect(of('tenderness', got)).toEqual([['tenderness', 'cervical spine', 'R scalene', 'right', 'moderate', 'present']]);
  });

  it('a side letter closing the last item is not the side of the next key\'s first grade', () => {
    expect(of('motor_strength', exam('sensation: two-point discrimination 5 mm R. strength: interossei 4/5 L.'))).toEqual([
      ['motor_strength', 'hand', 'intrinsics', 'left', '4/5', 'present'],
    ]);
  });
});

describe('measures written one per side', () => {
  it('two-point discrimination "6 mm R, 9 mm L" is one finding per side', () => {
    expect(of('sensation', exam('Two-point discrimination at the thumb pulp 6 mm R, 9 mm L.')).map((r) => (r as unknown[]).slice(3, 5))).toEqual([
      ['right', 6], ['left', 9],
    ]);
  });

  it('"both" after a measure covers both sides', () => {
    expect(of('range_of_motion', exam('Right wrist: supination 75 deg both.'))).toEqual([['range_of_motion', 'wrist', 'supination', 'bilateral', 75, 'present']]);
  });

  it('a girth pair: atrophy on the smaller thigh or calf, swelling on the larger joint or forearm', () => {
    expect(rows(exam('Thigh girth at mid-thigh 46 cm R / 49.5 cm L.'))).toEqual([['atrophy', 'thigh', 'circumference', 'right', '46', 'present']]);
    expect(rows(exam('Wrist circumference L 17.5 cm, R 16 cm.'))).toEqual([['swelling', 'wrist', 'circumference', 'left', '17.5', 'present']]);
    // a single measure with no other side is no finding
    expect(rows(exam('Calf circumference 39 cm on the right.'))).toEqual([]);
  });
});

describe('skin and bulk signs', () => {
  it('erythema and fluctuance said absent are negated; erythema named after another sign is that sign\'s', () => {
    expect(rows(exam('Right hand: wound closed, no erythema or streaking; no fluctuance.')).filter((r) => r[0] === 'other')).toEqual([
      ['other', 'hand', 'erythema', 'right', null, 'negated'], ['other', 'hand', 'fluctuance', 'right', null, 'negated'],
    ]);
    expect(rows(exam('Left knee: no effusion or erythema.'))).toEqual([['swelling', 'knee', 'effusion', 'left', null, 'negated']]);
  });

  it('"bulk preserved" is atrophy said absent; the pronator compression test is named', () => {
    expect(of('atrophy', exam('Left hand: hypothenar bulk preserved.'))).toEqual([['atrophy', 'hand', 'hypothenar', 'left', null, 'negated']]);
    expect(of('special_test', exam('Pronator compression test positive on the right.'))).toEqual([
      ['special_test', 'forearm', 'pronator compression test', 'right', 'positive', 'present'],
    ]);
  });
});

describe('the injured side', () => {
  it('a limb finding the exam leaves unsided is on the one side the injury names for that limb', () => {
    const body = 'Elbow: incision healed, no erythema; mild swelling of the antecubital fossa. Flexion 130 degrees.';
    expect(rows(exam(body, [{ part: 'elbow', side: 'left' }])).map((r) => r[3])).toEqual(['left', 'left', 'left']);
    // a lower-limb injury says nothing of the arm; both sides named say nothing either
    expect(rows(exam(body, [{ part: 'knee', side: 'left' }])).map((r) => r[3])).toEqual([null, null, null]);
    expect(rows(exam(body, [{ part: 'elbow', side: 'left' }, { part: 'wrist', side: 'right' }])).map((r) => r[3])).toEqual([null, null, null]);
  });
});

describe('resolved signs, "L-sided", ligaments', () => {
  it('a sign that "has resolved" is negated', () => {
    expect(rows(exam('Right forearm: the bruising has now resolved.'))).toEqual([['other', 'forearm', 'ecchymosis', 'right', null, 'negated']]);
  });

  it('"R-sided" is the right side, as "right-sided" is', () => {
    expect(of('spasm', exam('Moderate R-sided paralumbar spasm.')).map((r) => (r as unknown[])[3])).toEqual(['right']);
  });

  it('"ligaments stable" is a stability test with its result', () => {
    expect(of('special_test', exam('Right knee: ligaments stable to stress; Lachman negative.'))).toEqual([
      ['special_test', 'knee', 'ligament', 'right', 'stable', 'present'], ['special_test', 'knee', 'Lachman', 'right', 'negative', 'present'],
    ]);
  });
});
