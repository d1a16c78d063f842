/** Side-column tables drawn with rules and bars, and rows whose cells grade both sides alike. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.qualifier, f.side, f.value]);

describe('exam: a ruled side-column table', () => {
  it('bars are column gaps, border lines are passed over, a neurologic title heads the label column', () => {
    const got = exam([
      '+----------------------+--------+--------+',
      '| Neuro                | Left   | Right  |',
      '+----------------------+--------+--------+',
      '| Biceps (C5)          | 4-/5   | 5/5    |',
      '| Brachioradialis jerk | 1+     | 2+     |',
      '| Light touch, thumb   | reduced | intact |',
      '+----------------------+--------+--------+',
    ].join('\n'));
    expect(rows(got)).toEqual([
      ['motor_strength', 'biceps', 'left', '4-/5'], ['motor_strength', 'biceps', 'right', '5/5'],
      ['reflex', 'brachioradialis', 'left', '1+'], ['reflex', 'brachioradialis', 'right', '2+'],
      ['sensation', 'light touch', 'left', 'decreased'], ['sensation', 'light touch', 'right', 'intact'],
    ]);
  });

  it('a markdown-style table with a dashed rule under its header', () => {
    const got = exam('| Motor | R | L |\n|---|---|---|\n| Wrist extensors | 5/5 | 3/5 |\n');
    expect(rows(got)).toEqual([['motor_strength', 'wrist extensors', 'right', '5/5'], ['motor_strength', 'wrist extensors', 'left', '3/5']]);
  });
});

describe('exam: a side-column header titled with a limb and a neurologic heading', () => {
  it('"UPPER EXTREMITY MOTOR   LEFT   RIGHT" heads a side-column table', () => {
    const got = exam('  UPPER EXTREMITY MOTOR      LEFT     RIGHT\n  Wrist extensors            4/5      5/5\n  Triceps                    5/5      4+/5\n');
    expect(rows(got)).toEqual([
      ['motor_strength', 'wrist extensors', 'left', '4/5'], ['motor_strength', 'wrist extensors', 'right', '5/5'],
      ['motor_strength', 'triceps', 'left', '5/5'], ['motor_strength', 'triceps', 'right', '4+/5'],
    ]);
  });
});

describe('exam: equal cells of a side-column table', () => {
  it('a strength grade or reflex the same under both sides is one bilateral finding; a test keeps one per side', () => {
    const got = exam('                 RIGHT    LEFT\n  Deltoid          5/5      5/5\n  Triceps reflex   1+       1+\n  Finkelstein      negative negative\n');
    expect(rows(got)).toEqual([
      ['motor_strength', 'deltoid', 'bilateral', '5/5'], ['reflex', 'triceps', 'bilateral', '1+'],
      ['special_test', 'Finkelstein', 'right', 'negative'], ['special_test', 'Finkelstein', 'left', 'negative'],
    ]);
  });
});

describe('exam: side-by-side columns of whole findings', () => {
  it('under "Right shoulder   Left shoulder" each bullet of a row is a finding on its column\'s side', () => {
    const got = exam([
      'Right shoulder              Left shoulder',
      '- Abduction 95 degrees      - Abduction 170 degrees',
      '- Hawkins positive          - Hawkins negative',
      '- Tender at the AC joint    - No tenderness',
      'Both hands warm and well perfused.',
    ].join('\n'));
    expect(rows(got)).toEqual([
      ['range_of_motion', 'abduction', 'right', 95], ['range_of_motion', 'abduction', 'left', 170],
      ['special_test', 'Hawkins', 'right', 'positive'], ['special_test', 'Hawkins', 'left', 'negative'],
      ['tenderness', 'AC joint', 'right', 'positive'], ['tenderness', null, 'left', null],
    ]);
  });
});
