/**
 * A sign written with no place of its own and joined by "with" or "and" to the next sign, whose
 * place follows it ("tenderness with spasm in the right cervical paraspinals"), is at that place and
 * on its side; a sign set off by a semicolon is not.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const signs = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .map((f) => [f.finding, f.side, f.qualifier]);

describe('exam: a sign that shares the next sign\'s place', () => {
  it('"tenderness with spasm in ..." and "trigger points with twitch in ..."', () => {
    expect(signs('There was tenderness with spasm in the right cervical paraspinals and upper trapezius.')).toEqual([
      ['tenderness', 'right', 'right cervical paraspinals and upper trapezius'], ['spasm', 'right', 'right cervical paraspinals and upper trapezius'],
    ]);
  });

  it('a semicolon between them keeps the first without a place', () => {
    expect(signs('Tenderness; spasm over the left SI joint.')[0]).toEqual(['tenderness', null, null]);
  });
});
