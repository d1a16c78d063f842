/** A reflex graded 0 right after its name ("ankle reflex 0") is an absent reflex, with its own side. */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';
import { docOf, lex } from '../../helpers/docs.js';

const rows = (body: string): unknown[] =>
  findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${body}\n`), lex).map((f: ExamFinding) => [f.finding, f.side, f.qualifier, f.value]);

describe('a reflex graded 0', () => {
  it('"Achilles reflex 0 on the left, 1+ on the right": each side its own grade', () => {
    expect(rows('Achilles reflex 0 on the left, 1+ on the right.')).toEqual([
      ['reflex', 'left', 'Achilles', '0'], ['reflex', 'right', 'Achilles', '1+'],
    ]);
  });

  it('"ankle jerk 0" after a side; a 0 that counts beats of clonus is no grade', () => {
    expect(rows('Right ankle jerk 0, left 2+.')).toEqual([
      ['reflex', 'right', 'Achilles (ankle jerk)', '0'], ['reflex', 'left', 'Achilles (ankle jerk)', '2+'],
    ]);
    expect(rows('Reflexes 2+ and symmetric; 0 beats of clonus.').filter((r) => (r as unknown[])[0] === 'reflex')).toEqual([
      ['reflex', 'bilateral', 'Reflexes', '2+'],
    ]);
  });
});
