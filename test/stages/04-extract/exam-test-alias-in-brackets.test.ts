/** A group name in brackets next to a named test ("FADIR (anterior impingement test)") is the same test. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const tests = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.bodyPart, f.side, f.value]);

describe('exam: a test named twice, once in brackets', () => {
  it('the group name in brackets after the named test labels it', () => {
    expect(tests('Left hip flexion 100 degrees. FADIR (anterior impingement test) is positive on the left.'))
      .toEqual([['FADIR', 'hip', 'left', 'positive']]);
  });
  it('the named test in brackets after the group name is the finding, and shares the result with the next name', () => {
    expect(tests('The anterior impingement test (FADIR) and FABER were positive on the right.'))
      .toEqual([['FADIR', 'hip', 'right', 'positive'], ['FABER', 'hip', 'right', 'positive']]);
  });
  it('two named tests, one in brackets, keep the name in brackets', () => {
    expect(tests("Foraminal compression (Spurling's): negative on the left."))
      .toEqual([['Spurling', 'cervical spine', 'left', 'negative']]);
  });
});
