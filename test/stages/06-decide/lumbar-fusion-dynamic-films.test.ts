/** Lumbar fusion for a spondylolisthesis: flexion-extension films, when reported, must show motion in the segment. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const base: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'fusion', text: 'L4-5 posterior lumbar interbody fusion with instrumentation', bodyPart: 'lumbar spine' },
  diagnoses: [{ concept: 'degenerative spondylolisthesis, lumbar region' }],
  priors: [{ treatment: 'physical therapy', response: 'temporary_relief' }, { treatment: 'NSAID', response: 'no_relief' }],
};
const status = (spec: FactsSpec) => decide(buildFacts(spec), loadGuidelines()).decisions[0]!.criteria.find((c) => c.id === 'instability-on-dynamic-films')?.status;

describe('lumbar fusion: dynamic films', () => {
  it('a slip the same in flexion and extension, "no dynamic instability", is not met', () => {
    expect(status({ ...base, studies: [{ date: '2016-06-20', sentence: 'Flexion-extension radiographs of the lumbar spine obtained {date} showed the same 4 mm slip with no dynamic instability' }] })).toBe('not_met');
  });
  it('translation between flexion and extension is met', () => {
    expect(status({ ...base, studies: [{ date: '2016-06-20', sentence: 'Flexion-extension films dated {date} show 5 mm of translation at L4-5' }] })).toBe('met');
  });
  it('does not apply when no dynamic films are reported', () => {
    expect(status({ ...base, studies: [{ date: '2016-06-20', sentence: 'An MRI of the lumbar spine dated {date} shows a grade 1 spondylolisthesis' }] })).toBeUndefined();
  });
});
