/**
 * Epidural steroid injections (MTUS): a repeat block needs the first one's response, and the
 * guideline does not support a series, so a request for two or more injections at once is not met.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const criterion = (quantity: string | null, quantityValue: number | null) => decide(buildFacts({
  request: { treatment: 'epidural steroid injection', text: `cervical epidural steroid injection at C5-6${quantity ? `, ${quantity}` : ''}`, bodyPart: 'cervical spine', quantity, quantityValue },
}), guidelines).decisions[0]!.criteria.find((c) => c.id === 'one-injection-per-request');

describe('epidural steroid injections: one at a time', () => {
  it('two injections asked for at once are not met', () => {
    expect(criterion('quantity two', 2)?.status).toBe('not_met');
  });
  it('one injection, or none stated, is met', () => {
    expect(criterion('x1', 1)?.status).toBe('met');
    expect(criterion(null, null)?.status).toBe('met');
  });
});
