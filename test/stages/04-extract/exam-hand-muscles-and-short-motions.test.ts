/** Strength graded for a named hand or forearm muscle, or for a motion written short ("ankle DF", "hip abd"). */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const motor = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'motor_strength').map((f) => [f.qualifier, f.side, f.value]);

describe('exam: hand muscles and short motion names', () => {
  it('a graded hand or forearm muscle is a strength finding without the word "strength"', () => {
    expect(motor('First dorsal interosseous 4/5 on the left.')).toEqual([['first dorsal interosseous', 'left', '4/5']]);
    expect(motor('Strength: finger abduction 4/5 R; FDP to the little finger 4/5 R.')).toEqual([
      ['intrinsics', 'right', '4/5'], ['flexor digitorum profundus', 'right', '4/5'],
    ]);
  });

  it('ankle DF and hip abd are the ankle dorsiflexors and hip abductors', () => {
    expect(motor('Motor: EHL 5/5 bilaterally; ankle DF 4+/5 R; hip abd 4/5 R.')).toEqual([
      ['EHL', 'bilateral', '5/5'], ['ankle dorsiflexion', 'right', '4+/5'], ['hip abductors', 'right', '4/5'],
    ]);
  });
});
