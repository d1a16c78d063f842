/** "On DATE the treating physician found ... tenderness": what an examiner found opens exam text in a case summary. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const summary = (body: string) => findExamFindings(segmentDocument(`CLINICAL CASE SUMMARY:\n${body}\n`, lexicons), lexicons)
  .map((f) => [f.finding, f.side, f.value, f.assertion]);

describe('exam: what the physician found', () => {
  it('a finding the physician found is exam text', () => {
    expect(summary('On 02/03/2021 the primary treating physician found right upper trapezius tenderness. The patient works as a clerk.'))
      .toEqual([['tenderness', 'right', 'positive', 'present']]);
  });

  it('found in a treatment or imaging sentence is not', () => {
    expect(summary('She found some relief with tenderness easing after physical therapy.')).toEqual([]);
    expect(summary('An MRI found no spasm-related change.')).toEqual([]);
  });
});
