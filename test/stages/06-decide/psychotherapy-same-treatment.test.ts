/**
 * A first trial of cognitive behavioral therapy after supportive counseling (psychotherapy) is
 * still a first trial: only earlier CBT makes the request a continuation that needs functional
 * improvement (ODG Mental Illness & Stress; MTUS behavioral interventions).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'cognitive behavioral therapy', quantity: '6 sessions', text: 'Cognitive behavioral therapy, 6 sessions' } as const;
const diagnoses = [{ concept: 'post-traumatic stress disorder', text: 'post-traumatic stress disorder' }];
const criteriaOf = (spec: FactsSpec) => decide(buildFacts(spec), guidelines).decisions[0]!.criteria.map((c) => c.id);

describe('psychotherapy: a trial counts only for the same therapy', () => {
  it('reads CBT after supportive counseling as a first trial', () => {
    expect(criteriaOf({ request, diagnoses, priors: [{ treatment: 'psychotherapy', response: 'no_relief', sessions: 6 }] })).toContain('initial-trial-limit');
  });

  it('reads CBT after earlier CBT as a continuation', () => {
    expect(criteriaOf({ request, diagnoses, priors: [{ treatment: 'cognitive behavioral therapy', response: 'no_relief', sessions: 6 }] })).toContain('functional-improvement-from-trial');
  });
});
