/**
 * Psychotherapy (ODG Mental Illness & Stress): with functional improvement, 13-20 visits in all;
 * for post-traumatic stress disorder or severe major depression up to 50 while progress is made.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const limit = (concept: string, code: string) => decide(buildFacts({
  request: { treatment: 'cognitive behavioral therapy', text: 'cognitive behavioral therapy, 12 additional sessions', quantity: '12 additional sessions', quantityValue: 12 },
  diagnoses: [{ concept, code, assertion: 'present' }],
  priors: [{ treatment: 'cognitive behavioral therapy', sessions: 16, response: 'partial_relief', functionalImprovement: true }],
}), guidelines).decisions[0]!.criteria.find((c) => c.id === 'total-visit-limit')?.status;

describe('psychotherapy visit limits', () => {
  it('28 visits in all are within the limit for PTSD', () => {
    expect(limit('posttraumatic stress disorder, chronic', 'F43.12')).toBe('met');
  });
  it('but not for an adjustment disorder', () => {
    expect(limit('adjustment disorder with mixed anxiety and depressed mood', 'F43.23')).toBe('not_met');
  });
});
