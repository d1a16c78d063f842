/**
 * A compounded topical is for neuropathic pain after the first-line drugs have failed: an
 * antidepressant or antiepilepsy drug that still relieves the pain has not failed.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import type { FactsSpec } from './build-facts.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'compounded topical', text: 'compounded capsaicin 0.025% cream, 120 g', bodyPart: 'foot' } as const;
const firstLine = (spec: FactsSpec) =>
  decide(buildFacts(spec), guidelines).decisions[0]!.criteria.find((c) => c.id === 'neuropathic-pain-after-first-line')?.status;

describe('compounded topicals: first-line drugs must have failed', () => {
  it.each([
    ['duloxetine still takes the edge off the burning', 'not_met', [
      { treatment: 'antidepressant', drug: 'duloxetine', response: 'partial_relief' },
      { treatment: 'anticonvulsant', drug: 'gabapentin', response: 'no_relief' },
    ]],
    ['both first-line drugs did nothing', 'met', [
      { treatment: 'antidepressant', drug: 'duloxetine', response: 'no_relief' },
      { treatment: 'anticonvulsant', drug: 'gabapentin', response: 'worsened' },
    ]],
    ['pregabalin helped only for the first two weeks', 'met', [
      { treatment: 'anticonvulsant', drug: 'pregabalin', response: 'partial_relief', durationWeeks: 2 },
    ]],
  ] as const)('%s → %s', (_why, status, priors) => {
    expect(firstLine({ request, priors: [...priors] })).toBe(status);
  });
});
