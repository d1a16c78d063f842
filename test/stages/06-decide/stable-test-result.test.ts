/**
 * A joint "stable to varus and valgus stress" (or a ligament test read as intact) is a normal
 * result: it raises no suspicion of a tear, so the knee imaging and arthroscopy topics must not
 * count it as the positive test they ask for.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const derangement = (value: string) =>
  decide(buildFacts({
    request: { treatment: 'MRI', text: 'MRI left knee', bodyPart: 'knee' },
    priors: [{ treatment: 'physical therapy', response: 'no_relief' }],
    diagnoses: [{ concept: 'primary osteoarthritis, left knee' }],
    exams: [{ finding: 'special_test', bodyPart: 'knee', qualifier: 'varus/valgus stress', value }],
  }), guidelines).decisions[0]!.criteria.find((c) => c.id === 'suspected-internal-derangement')?.status;

describe('knee special studies: a stable or intact test result', () => {
  it.each(['stable', 'intact', 'negative'])('"%s" suggests no internal derangement', (value) => {
    expect(derangement(value)).toBe('not_met');
  });

  it('a positive stress test still does', () => {
    expect(derangement('positive')).toBe('met');
  });
});
