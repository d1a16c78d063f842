/**
 * Removal of fracture-fixation hardware (ODG): not routine; supported when the hardware is broken
 * or loose, or when painful hardware is the pain's source (a diagnostic injection around it, or no
 * other pain generator diagnosed), once imaging shows the fracture healed.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'surgery', procedure: 'hardware removal', text: 'Removal of hardware, right ankle', bodyPart: 'ankle' } as const;
const decided = (spec: Omit<FactsSpec, 'request'>) => decide(buildFacts({ request, ...spec }), guidelines).decisions[0]!;
const healedBroken = { date: '2015-07-27', sentence: 'X-rays of {date} showed healed fibular fractures and a broken syndesmotic screw, with no evidence of nonunion' };
const healedIntact = { date: '2015-07-27', sentence: 'X-rays of {date} show a healed fracture with intact hardware and no loosening' };
const painful = { concept: 'pain due to internal orthopedic implant', code: 'T84.84XA', assertion: 'present' as const };

describe('hardware removal', () => {
  it('is chosen for a hardware-removal request', () => {
    expect(decided({ studies: [healedBroken] }).guideline?.id).toBe('odg-hardware-implant-removal');
  });

  it('broken hardware on films of a healed fracture meets the criteria', () => {
    expect(decided({ studies: [healedBroken] }).outcome).toBe('criteria_met');
  });

  it('intact hardware with another pain generator and no diagnostic block does not', () => {
    const d = decided({ studies: [healedIntact], diagnoses: [painful, { concept: 'sural neuritis', code: 'G57.81', assertion: 'present' }] });
    expect(d.criteria.find((c) => c.id === 'hardware-problem')?.status).toBe('not_met');
    expect(d.outcome).toBe('criteria_not_met');
  });

  it('painful hardware with no other generator, or confirmed by a diagnostic injection, does', () => {
    expect(decided({ studies: [healedIntact], diagnoses: [painful] }).outcome).toBe('criteria_met');
    expect(decided({
      studies: [healedIntact], diagnoses: [painful, { concept: 'sural neuritis', code: 'G57.81', assertion: 'present' }],
      priors: [{ treatment: 'other', procedure: 'diagnostic hardware injection', response: 'temporary_relief' }],
    }).outcome).toBe('criteria_met');
  });

  it('a fracture not shown healed does not', () => {
    const d = decided({ studies: [{ date: '2015-07-27', sentence: 'X-rays of {date} show a broken screw and incomplete union of the fibula' }] });
    expect(d.criteria.find((c) => c.id === 'fracture-healed')?.status).toBe('not_met');
  });
});
