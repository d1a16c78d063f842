/** Serial-measure tables: dated columns ("Initial eval 03/02/24   Discharge 05/20/24"), one finding per measured cell. */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';
import { docOf, lex } from '../../helpers/docs.js';

const exam = (body: string): { text: string; got: ExamFinding[] } => {
  const doc = docOf(`PHYSICAL EXAMINATION:\n${body}\n`);
  return { text: doc.text, got: findExamFindings(doc, lex) };
};
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.bodyPart, f.side, f.qualifier, f.value]);

const TABLE = [
  'MEASURES                          Initial eval 03/02/24        Discharge 05/20/24',
  'L knee flexion AROM               90 deg                       130 deg',
  'R knee flexion / extension        135 / 0 deg                  (not retested)',
  'Quadriceps MMT L                  3+/5                         4+/5',
  'Effusion (sweep test) L           1+                           trace',
  'Calf girth 12 cm below patella    R 38.0 / L 36.0 cm           R 38.0 / L 37.5 cm',
  '',
  'Patient tolerated the session well.',
].join('\n');

describe('serial-measure tables', () => {
  it('each measured cell is the row\'s finding with its own value, on the row\'s side', () => {
    const { got } = exam(TABLE);
    expect(rows(got)).toEqual([
      ['range_of_motion', 'knee', 'left', 'flexion', 90], ['range_of_motion', 'knee', 'left', 'flexion', 130],
      ['range_of_motion', 'knee', 'right', 'flexion', 135], ['range_of_motion', 'knee', 'right', 'extension', 0],
      ['motor_strength', 'lumbar spine', 'left', 'quadriceps', '3+/5'], ['motor_strength', 'lumbar spine', 'left', 'quadriceps', '4+/5'],
      ['swelling', 'knee', 'left', 'effusion', '1+'], ['swelling', 'knee', 'left', 'effusion', 'trace'],
      ['atrophy', 'knee', 'left', 'circumference', '36.0'], ['atrophy', 'knee', 'left', 'circumference', '37.5'],
    ]);
  });

  it('the first cell is quoted with its row\'s label, a later one by itself; evidence slices the text', () => {
    const { text, got } = exam(TABLE);
    for (const f of got) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    expect(got.slice(0, 2).map((f) => f.evidence.text.replace(/\s+/g, ' '))).toEqual(['L knee flexion AROM 90 deg', '130 deg']);
  });

  it('rows run together on one line (as normalization may join them) read the same', () => {
    const joined = 'OBJECTIVE Initial eval 03/02/24 Discharge 05/20/24 L knee flexion AROM 90 deg 130 deg Quadriceps MMT L 3+/5 4+/5 Effusion (sweep test) L 1+ trace';
    expect(rows(exam(joined).got)).toEqual([
      ['range_of_motion', 'knee', 'left', 'flexion', 90], ['range_of_motion', 'knee', 'left', 'flexion', 130],
      ['motor_strength', 'lumbar spine', 'left', 'quadriceps', '3+/5'], ['motor_strength', 'lumbar spine', 'left', 'quadriceps', '4+/5'],
      ['swelling', 'knee', 'left', 'effusion', '1+'], ['swelling', 'knee', 'left', 'effusion', 'trace'],
    ]);
  });

  it('dates written as labels ("Initial eval: 03/02/2024") open no table', () => {
    expect(rows(exam('Initial eval: 03/02/2024 Discharge: 05/20/2024\nQuadriceps 4/5 on the left.').got)).toEqual([
      ['motor_strength', 'lumbar spine', 'left', 'quadriceps', '4/5'],
    ]);
  });

  it('a measure read with its side next to it takes the label\'s side; a body word in its name is not its part', () => {
    const { got } = exam('Measure   Initial eval 01/10/24   Re-eval 02/14/24\nR knee flexion AROM   95 deg   120 deg\nSingle-leg stance R   6 sec   21 sec\n');
    expect(rows(got).slice(2)).toEqual([['other', 'knee', 'right', 'single-leg stance', '6'], ['other', 'knee', 'right', 'single-leg stance', '21']]);
  });
});

describe('timed balance in prose', () => {
  it('"single-leg stance L 9 seconds, R 28 seconds": one finding per side', () => {
    expect(rows(exam('Balance: single-leg stance L 9 seconds, R 28 seconds.').got).map((r) => (r as unknown[]).filter((_, i) => i !== 1))).toEqual([
      ['other', 'left', 'single-leg stance', '9'], ['other', 'right', 'single-leg stance', '28'],
    ]);
  });
});
