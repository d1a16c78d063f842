/** Single-leg heel raises counted per side, or not done: one finding a side (exam lexicon countedItems). */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const raises = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.qualifier === 'single-leg heel raise').map((f) => [f.side, f.value, f.unit]);

describe('exam: counted single-leg heel raises', () => {
  it.each([
    ['She performs 4 single-leg heel raises on the right and 20 on the left.', [['right', '4', 'repetitions'], ['left', '20', 'repetitions']]],
    ['Single-leg heel raise: 8 reps on R vs 20 on L.', [['right', '8', 'repetitions'], ['left', '20', 'repetitions']]],
    ['Motor 5/5, but only 10 single-leg heel raises on the left versus 15 on the right.', [['left', '10', 'repetitions'], ['right', '15', 'repetitions']]],
    ['He cannot perform a single-leg heel rise on the right.', [['right', 'unable', null]]],
  ])('%s', (text, want) => expect(raises(text)).toEqual(want));
  it('heel raises as a home exercise are no finding', () => {
    expect(raises('Continue the home program: calf stretching, heel raises, single-leg balance.')).toEqual([]);
  });
});
