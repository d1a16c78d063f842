/** "medial joint line tender, lateral joint line non-tender": a sign found in one place and said absent in the next is two findings. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const tender = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'tenderness').map((f) => [f.qualifier, f.side, f.value, f.assertion]);

describe('exam: a tender place next to a non-tender one', () => {
  it('the present sign is kept beside the absent one', () => {
    expect(tender('Right knee: 1+ effusion; medial joint line tender, lateral joint line non-tender; McMurray positive.')).toEqual([
      ['medial joint line', 'right', 'positive', 'present'], ['lateral joint line', 'right', null, 'negated'],
    ]);
  });

  it('two present mentions close together are still one finding', () => {
    expect(tender('Lumbar: tender to palpation, tenderness over the left SI joint.')).toHaveLength(1);
  });
});
