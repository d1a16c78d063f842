/** A test's result before its name on one side, and the other side's result after "and" ("... on the right and a negative one on the left"). */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';
import { docOf, lex } from '../../helpers/docs.js';

const rows = (body: string): unknown[] =>
  findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${body}\n`), lex).map((f: ExamFinding) => [f.finding, f.side, f.qualifier, f.value]);

describe('two sides of one test joined by "and"', () => {
  it('"a negative Phalen\'s test on the left and a positive one on the right": each side its own result', () => {
    expect(rows('She had a negative Phalen\'s test on the left and a positive one on the right.')).toEqual([
      ['special_test', 'left', 'Phalen', 'negative'], ['special_test', 'right', 'Phalen', 'positive'],
    ]);
  });

  it('a comma still splits first', () => {
    expect(rows('(+) Tinel\'s L cubital tunnel, (-) R.')).toEqual([
      ['special_test', 'left', 'Tinel', 'positive'], ['special_test', 'right', 'Tinel', 'negative'],
    ]);
  });
});
