/**
 * Lidocaine patches (MTUS topical analgesics): a course that gave no benefit before is not renewed.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'topical analgesic', drug: 'lidocaine patch', text: 'Lidoderm (lidocaine 5% patch) #30' } as const;
const status = (response: 'no_relief' | 'partial_relief' | null) => decide(buildFacts({
  request, priors: response ? [{ treatment: 'topical analgesic', drug: 'lidocaine patch', response }] : [],
}), guidelines).decisions[0]!.criteria.find((c) => c.id === 'lidocaine-not-failed-before')?.status;

describe('lidocaine patches tried before', () => {
  it('patches that gave no relief are not renewed', () => {
    expect(status('no_relief')).toBe('not_met');
  });
  it('patches that helped may be', () => {
    expect(status('partial_relief')).toBe('met');
  });
  it('the criterion does not apply to a first course', () => {
    expect(status(null)).toBeUndefined();
  });
});
