/**
 * Trigger finger release (MTUS, ACOEM chapter 11): for a diagnosed trigger finger whose triggering
 * persists after corticosteroid injection of the tendon sheath.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'surgery', procedure: 'trigger finger release', text: 'left middle finger trigger finger release (A1 pulley release)', bodyPart: 'finger' } as const;
const diagnoses = [{ concept: 'trigger finger, left middle finger', code: 'M65.332', assertion: 'present' as const }];
const decided = (priors: Parameters<typeof buildFacts>[0]['priors']) => decide(buildFacts({ request, diagnoses, priors }), guidelines).decisions[0]!;

describe('trigger finger release', () => {
  it('is chosen for a trigger finger release', () => {
    expect(decided([]).guideline?.id).toBe('mtus-acoem-trigger-finger-release');
  });
  it('triggering back after an injection meets the criteria', () => {
    expect(decided([{ treatment: 'steroid injection', bodyPart: 'finger', response: 'temporary_relief' }]).outcome).toBe('criteria_met');
  });
  it('no injection tried does not', () => {
    expect(decided([]).criteria.find((c) => c.id === 'injection-tried')?.status).toBe('not_met');
  });
});
