/**
 * Opioid continuation: a drug screen inconsistent with the prescription (the prescribed opioid
 * absent, or a drug not prescribed present) fails the misuse criterion; a consistent screen or
 * none at all leaves it met.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const base: FactsSpec = {
  request: { treatment: 'opioid analgesic', drug: 'hydrocodone' },
  priors: [{ treatment: 'opioid analgesic', drug: 'hydrocodone', response: 'partial_relief', functionalImprovement: true }],
  painScores: 1,
};
const misuse = (spec: FactsSpec) => decide(buildFacts(spec), guidelines).decisions[0]!.criteria.find((c) => c.id === 'no-evidence-of-misuse')?.status;

describe('opioids: evidence of misuse', () => {
  it.each([
    ['The urine drug screen of {date} was negative for the prescribed hydrocodone.'],
    ['A urine toxicology screen on {date} was positive for methamphetamine.'],
    ['The UDS of {date} was inconsistent with the medication list.'],
    ['A urine drug screen collected on {date} was positive for oxycodone and also for hydrocodone, which was not prescribed.'],
    ['The UDS of {date} was positive for alprazolam (not prescribed).'],
  ])('is not met for "%s"', (sentence) => {
    expect(misuse({ ...base, studies: [{ date: '2014-02-03', sentence, role: 'other' }] })).toBe('not_met');
  });

  it.each([
    ['The urine drug screen of {date} was consistent with the prescribed hydrocodone.'],
    ['A urine drug screen on {date} showed no aberrant results.'],
  ])('is met for "%s"', (sentence) => {
    expect(misuse({ ...base, studies: [{ date: '2014-02-03', sentence, role: 'other' }] })).toBe('met');
  });

  it('is met when no drug screen is documented', () => {
    expect(misuse(base)).toBe('met');
  });
});
