/**
 * Work hardening: a functional capacity evaluation that gives the worker's job a medium or heavy
 * demand level documents the job goal, even when the request names no job.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const base: FactsSpec = {
  request: { treatment: 'work hardening', text: 'Work hardening, 12 sessions', quantity: '12 sessions' },
  priors: [{ treatment: 'physical therapy', response: 'partial_relief' }],
};
const jobGoal = (spec: FactsSpec) =>
  decide(buildFacts(spec), guidelines).decisions[0]!.criteria.find((c) => c.id === 'job-goal-beyond-current-ability')?.status;

describe('work hardening: the job goal read from an FCE', () => {
  it('is met when the FCE report gives the job a heavy demand level', () => {
    const studies = [{ date: '2013-11-04', sentence: 'The functional capacity evaluation of {date} found a sedentary-light tolerance; her job as a nurse aide requires heavy lifting', role: 'visit' as const }];
    expect(jobGoal({ ...base, studies })).toBe('met');
  });

  it('is not met when the FCE names no job demand', () => {
    const studies = [{ date: '2013-11-04', sentence: 'The functional capacity evaluation of {date} was valid with consistent effort', role: 'visit' as const }];
    expect(jobGoal({ ...base, studies })).toBe('not_met');
  });
});
