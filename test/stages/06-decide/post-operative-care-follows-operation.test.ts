/**
 * Care requested to follow an operation stands or falls with the operation: `otherRequest` with
 * `decided` reads the engine's own outcome for the operation, and therapy asked for with the
 * operation is held to the initial postsurgical course (one half of the general course).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePredicate } from '../../../src/stages/06-decide/evaluate-predicate.js';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import type { Predicate } from '../../../src/lexicons/schemas/guideline.js';
import type { Outcome } from '../../../src/types/vocab.js';
import { buildFacts } from './build-facts.js';

const facts = buildFacts({
  request: { treatment: 'occupational therapy', text: 'post-operative occupational therapy, 8 visits', quantity: '8 visits', bodyPart: 'wrist' },
  otherRequests: [{ treatment: 'surgery', procedure: 'carpal tunnel release', text: 'right carpal tunnel release', bodyPart: 'wrist' }],
});
const [therapy, operation] = facts.requests;
const run = (p: Predicate, outcome?: Outcome) => evaluatePredicate(p, {
  facts, request: therapy!, latestDate: '2019-07-01', ...(outcome ? { outcomes: new Map([[operation!, outcome]]) } : {}),
});

describe('otherRequest with decided', () => {
  const p: Predicate = { otherRequest: { treatment: ['surgery'], decided: true } };
  it.each([['criteria_met', 'met'], ['criteria_not_met', 'not_met'], ['insufficient_information', 'unknown']] as const)(
    'the operation %s → %s', (outcome, want) => expect(run(p, outcome).status).toBe(want));
  it('is unknown before the operation is decided, and met without `decided` whatever its outcome', () => {
    expect(run(p).status).toBe('unknown');
    expect(run({ otherRequest: { treatment: ['surgery'] } }, 'criteria_not_met').status).toBe('met');
  });
  it('textPattern picks the operation by its name', () => {
    expect(run({ otherRequest: { treatment: ['surgery'], textPattern: 'carpal\\s+tunnel' } }).status).toBe('met');
    expect(run({ otherRequest: { treatment: ['surgery'], textPattern: 'menisc' } }).status).toBe('not_met');
  });
});

describe('post-operative therapy requested with its operation', () => {
  it('is held to the initial course and follows the operation\'s own outcome', () => {
    const d = decide(facts, loadGuidelines()).decisions[0]!;
    expect(d.guideline?.id).toBe('mtus-postsurgical-hand-wrist');
    const status = (id: string) => d.criteria.find((c) => c.id === id)?.status;
    expect(status('carpal-tunnel-release-visit-limit')).toBe('met');
    expect(status('carpal-tunnel-release-initial-course')).toBe('not_met');
    // the bare operation request documents no indication, so it is not met and neither is its therapy
    expect(status('surgery-documented')).toBe('not_met');
  });
});

describe('therapy in the post-surgical period, its request silent on the operation', () => {
  const topicOf = (surgeryDate: string, bodyPart: 'hand' | 'knee' = 'hand') => decide(buildFacts({
    request: { treatment: 'occupational therapy', text: 'additional hand therapy, 8 visits', quantity: '8 visits', bodyPart },
    priors: [{ treatment: 'surgery', procedure: 'open reduction and internal fixation', bodyPart: 'hand', date: surgeryDate, response: 'unknown' }],
    visitDate: '2023-03-14',
  }), loadGuidelines()).decisions[0]!.guideline?.id;
  it('a dated operation on the same part within the period routes it to the postsurgical topic', () => {
    expect(topicOf('2023-01-18')).toBe('mtus-postsurgical-hand-wrist');
  });
  it('not after the period, nor for another body part', () => {
    expect(topicOf('2022-06-01')).toBe('mtus-chronic-pain-physical-medicine');
    expect(topicOf('2023-01-18', 'knee')).toBe('mtus-chronic-pain-physical-medicine');
  });
});
