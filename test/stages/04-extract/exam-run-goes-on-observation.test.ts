/** In a narrative summary, an examiner's observation ("Gait is antalgic") goes on with the exam run like a graded finding. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const kinds = (text: string) => findExamFindings(segmentDocument(text, lexicons), lexicons).map((f) => [f.finding, f.value]);

describe('exam: a run goes on at an observation', () => {
  it('a gait observation after two ungraded exam sentences is still exam text', () => {
    const text = [
      'CLINICAL SUMMARY',
      'The spine consultation notes lumbar flexion limited to 35 degrees. Ankle strength is 4/5 on the right.',
      'Light touch is decreased along the lateral foot. He reports trouble sleeping. Gait is antalgic.',
      'Lumbar MRI showed a disc extrusion.',
    ].join('\n');
    expect(kinds(text)).toContainEqual(['gait', 'antalgic']);
  });
});
