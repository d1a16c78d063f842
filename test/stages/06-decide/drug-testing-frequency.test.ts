/**
 * Urine drug testing is spaced by risk (MTUS Chronic Pain: drug testing, p. 43; ODG: yearly for low
 * risk, two to three times a year for moderate risk): a request for more than four tests at once,
 * such as monthly testing for six months, is not supported; a single screen is.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const onOpioid = [{ treatment: 'opioid analgesic' as const, drug: 'oxycodone', response: 'partial_relief' as const }];
const outcome = (text: string, quantityValue?: number) =>
  decide(buildFacts({ request: { treatment: 'urine drug screen', text, ...(quantityValue ? { quantityValue } : {}) }, priors: onOpioid }), guidelines).decisions[0]!;

describe('urine drug testing: how many tests at once', () => {
  it('monthly testing for six months is not supported', () => {
    const d = outcome('quantitative urine drug testing (LC-MS) monthly for six months', 6);
    expect(d.criteria.find((c) => c.id === 'tests-within-risk-frequency')?.status).toBe('not_met');
    expect(d.outcome).toBe('criteria_not_met');
  });

  it('a single screen with no number is', () => {
    expect(outcome('urine drug screen at the next visit').outcome).toBe('criteria_met');
  });
});
