/**
 * Topical NSAIDs (MTUS): for osteoarthritis and tendinitis of joints amenable to topical
 * treatment; not for neuropathic pain.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'topical analgesic', text: 'diclofenac sodium 1% gel 100 grams', drug: 'diclofenac' } as const;
const status = (diagnoses: Array<{ concept: string; code: string }>) => decide(buildFacts({
  request, diagnoses: diagnoses.map((d) => ({ ...d, assertion: 'present' as const })),
}), guidelines).decisions[0]!.criteria.find((c) => c.id === 'topical-nsaid-not-neuropathic')?.status;

describe('topical NSAIDs and neuropathic pain', () => {
  it('carpal tunnel syndrome and a radiculopathy alone are not an indication', () => {
    expect(status([{ concept: 'carpal tunnel syndrome, right upper limb', code: 'G56.01' }, { concept: 'cervical radiculopathy', code: 'M54.12' }])).toBe('not_met');
  });
  it('tendinitis beside the neuropathy is', () => {
    expect(status([{ concept: 'carpal tunnel syndrome, right upper limb', code: 'G56.01' }, { concept: 'de quervain tenosynovitis', code: 'M65.4' }])).toBe('met');
  });
  it('a sprain with no neuropathic diagnosis is left to the other criteria', () => {
    expect(status([{ concept: 'sprain of right wrist', code: 'S63.501A' }])).toBe('met');
  });
});
