/**
 * A proton pump inhibitor beside an NSAID needs a documented GI risk factor (MTUS Chronic Pain:
 * NSAIDs, GI symptoms & cardiovascular risk, pp. 68-69). A past peptic ulcer is such a factor, told
 * as history; a past reflux or gastritis is not.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'proton pump inhibitor', drug: 'omeprazole', text: 'omeprazole 20 mg #30' } as const;
const outcomeOf = (spec: Omit<FactsSpec, 'request'>) => decide(buildFacts({ request, ...spec }), guidelines).decisions[0]!;
const onNaproxen = [{ treatment: 'NSAID', drug: 'naproxen', response: 'partial_relief' as const }];

describe('proton pump inhibitors: a GI risk factor told as history', () => {
  it('a past peptic ulcer counts', () => {
    const d = outcomeOf({ priors: onNaproxen, diagnoses: [{ concept: 'peptic ulcer', code: 'K27.9', assertion: 'historical' }] });
    expect(d.criteria.find((c) => c.id === 'gi-risk-documented')?.status).toBe('met');
    expect(d.outcome).toBe('criteria_met');
  });

  it('a past reflux does not', () => {
    const d = outcomeOf({ priors: onNaproxen, diagnoses: [{ concept: 'gastro-esophageal reflux disease', code: 'K21.9', assertion: 'historical' }] });
    expect(d.criteria.find((c) => c.id === 'gi-risk-documented')?.status).toBe('not_met');
  });
});
