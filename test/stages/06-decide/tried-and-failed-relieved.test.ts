/**
 * Before elective surgery, conservative care that is still giving significant relief on the body
 * part to be operated on has not failed (the `unlessRelieved` reading of triedAndFailed).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { evaluatePredicate } from '../../../src/stages/06-decide/evaluate-predicate.js';
import type { Predicate } from '../../../src/lexicons/schemas/guideline.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

describe('triedAndFailed unlessRelieved: care still working on the requested part has not failed', () => {
  const p: Predicate = { triedAndFailed: { treatments: ['orthotic/brace', 'NSAID'], unlessRelieved: true } };
  const request = { treatment: 'surgery', procedure: 'carpal tunnel release', bodyPart: 'wrist', side: 'left' } as const;
  const nsaid = { treatment: 'NSAID', drug: 'meloxicam', response: 'no_relief' } as const;
  const splint = { treatment: 'orthotic/brace', bodyPart: 'wrist', side: 'left', response: 'significant_relief' } as const;
  const run = (spec: FactsSpec) => {
    const facts = buildFacts(spec);
    return evaluatePredicate(p, { facts, request: facts.requests[0]!, latestDate: '2014-01-01' }).status;
  };

  it('is not met when a night splint on the same wrist still gives significant relief', () => {
    expect(run({ request, priors: [nsaid, splint] })).toBe('not_met');
  });

  it('reads the relief only when the topic asks for it', () => {
    const facts = buildFacts({ request, priors: [nsaid, splint] });
    const plain: Predicate = { triedAndFailed: { treatments: ['orthotic/brace', 'NSAID'] } };
    expect(evaluatePredicate(plain, { facts, request: facts.requests[0]!, latestDate: '2014-01-01' }).status).toBe('met');
  });

  it.each([
    ['the relief had a stated end', { ...splint, durationWeeks: 3 }],
    ['the splint was for the other wrist', { ...splint, side: 'right' }],
    ['the splint names no body part', { ...splint, bodyPart: null }],
  ] as const)('stays met when %s', (_why, prior) => {
    expect(run({ request, priors: [nsaid, prior] })).toBe('met');
  });
});

describe('the elective surgery topics read it', () => {
  const base: FactsSpec = {
    request: { treatment: 'surgery', procedure: 'arthroscopic subacromial decompression', text: 'left arthroscopic subacromial decompression', bodyPart: 'shoulder', side: 'left' },
    exams: [{ finding: 'special_test', bodyPart: 'shoulder', side: 'left', qualifier: 'Neer', value: 'positive' }],
    diagnoses: [{ concept: 'impingement syndrome of left shoulder' }],
    priors: [{ treatment: 'home exercise program', bodyPart: 'shoulder', response: 'no_relief' }],
  };
  const injection = { treatment: 'steroid injection', bodyPart: 'shoulder', side: 'left', response: 'significant_relief' } as const;
  const outcome = (spec: FactsSpec) => decide(buildFacts(spec), loadGuidelines()).decisions[0]!.outcome;

  it('holds off shoulder surgery while a subacromial injection keeps the shoulder comfortable', () => {
    expect(outcome(base)).toBe('criteria_met');
    expect(outcome({ ...base, priors: [...base.priors!, injection] })).toBe('criteria_not_met');
  });
});
