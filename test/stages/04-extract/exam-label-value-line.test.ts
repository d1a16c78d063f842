/** A label that closes its line with a colon, its values on the next line ("Grip (Jamar, position 2):" / "R 14/12/13 kg; L 20/21/19 kg."). */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.qualifier, f.side, f.value]);

describe('exam: values on the line after their label', () => {
  it('grip trials by side under a label that ends its line', () => {
    expect(rows(exam('Thenar bulk normal. Grip (Jamar, position 2):\nR 14/12/13 kg; L 20/21/19 kg.')).filter(([k]) => k === 'other')).toEqual([
      ['other', 'grip strength', 'right', '14/12/13'], ['other', 'grip strength', 'left', '20/21/19'],
    ]);
  });

  it('reads the same as the label and values on one line', () => {
    const split = exam('Grip (Jamar, position 2):\nR 14 kg; L 20 kg.');
    const joined = exam('Grip (Jamar, position 2): R 14 kg; L 20 kg.');
    expect(rows(split)).toEqual(rows(joined));
    for (const f of split) expect(f.evidence.text).toMatch(/^[RL] \d+ kg$/);
  });

  it('a numbered list after a label is not a value line', () => {
    const got = exam('Reflexes:\n1. Patellar 2+ bilaterally.\n2. Achilles 1+ bilaterally.');
    expect(rows(got).filter(([k]) => k === 'reflex').length).toBe(2);
  });
});

describe('exam: pinch strength on a dynamometer', () => {
  it('key pinch by side in kg is a measured finding of its own, apart from grip', () => {
    const got = rows(exam('CMC grind test positive; key pinch 6 kg right versus 9 kg left; grip 20 kg right, 31 kg left.')).filter(([k]) => k === 'other');
    expect(got).toEqual([
      ['other', 'key pinch', 'right', '6'], ['other', 'key pinch', 'left', '9'],
      ['other', 'grip strength', 'right', '20'], ['other', 'grip strength', 'left', '31'],
    ]);
  });

  it('pinching as a complaint is no finding', () => {
    expect(rows(exam('Pain is worse with pinching and gripping at work.')).filter(([k]) => k === 'other')).toEqual([]);
  });
});

describe('exam: dynamometer rows of a side-column table', () => {
  const parts = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'other').map((f) => [f.qualifier, f.bodyPart, f.side, f.value, f.unit]);

  it('a cell with its unit: the column gives the side', () => {
    expect(parts(exam('                          RIGHT          LEFT\nPhalen\'s test             negative       negative\nGrip strength (Jamar)     14 kg          27 kg\n'))).toEqual([
      ['grip strength', 'hand', 'right', '14', 'kg'], ['grip strength', 'hand', 'left', '27', 'kg'],
    ]);
  });

  it('bare numbers take the unit the row label gives; the hand is the part even under a neck label', () => {
    const got = exam('Neck: extension 40 degrees.\n\n                                 Right      Left\n    Grip, Jamar pos. II (kg)      16         24\n    Key pinch (kg)                 4          7\n');
    expect(parts(got)).toEqual([
      ['grip strength', 'hand', 'right', '16', 'kg'], ['grip strength', 'hand', 'left', '24', 'kg'],
      ['key pinch', 'hand', 'right', '4', 'kg'], ['key pinch', 'hand', 'left', '7', 'kg'],
    ]);
  });
});

describe('exam: pain a named test brings on, written before its name', () => {
  const tests = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.value]);

  it('"pain with resisted extension of the middle finger" is that test positive, also after an earlier test the lead covers', () => {
    expect(tests(exam('Examination showed pain with resisted wrist extension (Cozen test positive) and with resisted extension of the middle finger.'))).toEqual([
      ['Cozen', 'positive'], ['resisted middle finger extension', 'positive'],
    ]);
  });

  it('"no pain with" is the test negative', () => {
    expect(tests(exam('No pain with resisted middle finger extension.'))).toEqual([['resisted middle finger extension', 'negative']]);
  });
});
