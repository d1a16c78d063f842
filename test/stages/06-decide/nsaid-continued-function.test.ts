/**
 * Continued use of the same NSAID needs documented improvement in function, not pain relief alone
 * (MTUS Chronic Pain: medications for chronic pain, p. 60; anti-inflammatory medications, p. 22).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'NSAID', drug: 'diclofenac', text: 'Diclofenac 75 mg #60' } as const;
const outcomeOf = (spec: FactsSpec) => decide(buildFacts(spec), guidelines).decisions[0]!;

describe('NSAIDs: continued use of the same drug', () => {
  it('is not supported by pain relief alone', () => {
    const d = outcomeOf({ request, painScores: 1, priors: [{ treatment: 'NSAID', drug: 'diclofenac', response: 'partial_relief' }] });
    expect(d.outcome).toBe('criteria_not_met');
    expect(d.criteria.find((c) => c.id === 'function-with-continued-use')?.status).toBe('not_met');
  });

  it('is supported when the drug is documented to improve function', () => {
    const d = outcomeOf({ request, painScores: 1, priors: [{ treatment: 'NSAID', drug: 'diclofenac', response: 'partial_relief', functionalImprovement: true }] });
    expect(d.outcome).toBe('criteria_met');
  });

  it('does not apply to a first prescription after another NSAID', () => {
    const d = outcomeOf({ request, painScores: 1, priors: [{ treatment: 'NSAID', drug: 'ibuprofen', response: 'partial_relief' }] });
    expect(d.outcome).toBe('criteria_met');
  });
});
