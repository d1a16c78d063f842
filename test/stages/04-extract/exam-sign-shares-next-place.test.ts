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

describe('exam: grades joined by "and" share a side written after the last', () => {
  const grades = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
    .filter((f) => f.finding === 'motor_strength').map((f) => [f.qualifier, f.side, f.value]);
  it('"Biceps strength was 4+/5 and wrist extension 4/5 on the right"', () => {
    expect(grades('Biceps strength was 4+/5 and wrist extension 4/5 on the right.')).toEqual([['biceps', 'right', '4+/5'], ['wrist extensors', 'right', '4/5']]);
  });
  it('not a side written before the last site, nor across a comma without "and"', () => {
    expect(grades('Biceps 5/5 and left wrist extensors 4/5.')).toEqual([['biceps', 'bilateral', '5/5'], ['wrist extensors', 'left', '4/5']]);
    expect(grades('Biceps 5/5, wrist extensors 4/5 on the right.')).toEqual([['biceps', 'bilateral', '5/5'], ['wrist extensors', 'right', '4/5']]);
  });
});

